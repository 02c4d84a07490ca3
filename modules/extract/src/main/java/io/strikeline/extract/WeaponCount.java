package io.strikeline.extract;

import io.strikeline.avro.WeaponClass;

/** A number of weapons a sentence states, and whether they were launched or shot down. */
record WeaponCount(WeaponClass weaponClass, int count, Role role) {

    enum Role {
        LAUNCHED,
        INTERCEPTED
    }
}
