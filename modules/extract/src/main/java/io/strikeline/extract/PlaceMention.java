package io.strikeline.extract;

import io.strikeline.geo.Region;

/**
 * A Ukrainian place named in a sentence: a region, or a settlement and the region it lies in.
 *
 * @param region     null for Russian territory
 * @param settlement the settlement's name in the national transliteration; null for a region, district or
 *                   community without a place named
 * @param name       the name as the text writes it
 * @param context    how the sentence uses the place
 */
record PlaceMention(Region region, String settlement, String name, int start, int end, Context context) {

    /** Russian territory: never a target, and a sign that the sentence is about Russia. */
    boolean russian() {
        return region == null;
    }

    enum Context {
        /** Possibly the target of an attack. */
        TARGET,
        /** In an official's title ("the Sumy Regional Military Administration"): the target when nothing else is. */
        TITLE,
        /** A launch area, a flight path, a dateline or a relative location: never a target. */
        NOT_TARGET
    }
}
