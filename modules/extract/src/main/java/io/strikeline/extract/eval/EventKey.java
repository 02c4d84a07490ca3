package io.strikeline.extract.eval;

import io.strikeline.avro.WeaponClass;
import java.time.LocalDate;

/** The identity of an event for scoring: one (region, date, weapon class) tuple per article. */
public record EventKey(String regionIso, LocalDate date, WeaponClass weapon) {

    /** The coarser identity that ignores the weapon class. */
    public RegionDay regionDay() {
        return new RegionDay(regionIso, date);
    }

    @Override
    public String toString() {
        return regionIso + " " + date + " " + weapon;
    }

    /** A (region, date) pair. */
    public record RegionDay(String regionIso, LocalDate date) {
    }
}
