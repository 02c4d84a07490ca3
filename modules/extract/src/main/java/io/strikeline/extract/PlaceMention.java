package io.strikeline.extract;

import io.strikeline.geo.Region;

/**
 * A Ukrainian place named in a sentence: a region, or a settlement and the region it lies in.
 *
 * @param settlement the settlement's name in the national transliteration; null for a region, district or
 *                   community without a place named
 * @param context    how the sentence uses the place
 */
record PlaceMention(Region region, String settlement, int start, int end, Context context) {

    enum Context {
        /** Possibly the target of an attack. */
        TARGET,
        /** A launch area, a flight path, an official's title, or occupied ground named as such: never a target. */
        NOT_TARGET
    }
}
