package io.strikeline.enrich;

import io.strikeline.avro.WeaponClass;

/** A weapon model as the catalogue knows it (or, unknown, as the source wrote it with class UNKNOWN). */
public record WeaponModel(String model, WeaponClass weaponClass) {
}
