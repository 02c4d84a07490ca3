package io.strikeline.extract;

import io.strikeline.avro.WeaponClass;

/**
 * A weapon named in a sentence.
 *
 * @param model   the normalised model when one is named ("Shahed-136/131", "Iskander-M"), else null
 * @param generic whether only a generic word named it ("shelling", "air strike"), which a specific weapon
 *                in the same sentence overrides
 */
record WeaponMention(WeaponClass weaponClass, String model, int start, int end, boolean generic) {
}
