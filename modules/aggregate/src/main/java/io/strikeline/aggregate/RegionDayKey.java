package io.strikeline.aggregate;

import io.strikeline.avro.StrikeEvent;
import java.time.LocalDate;

/** The key of a region-day tally: {@code REGION|YYYY-MM-DD}, e.g. {@code UA-59|2025-07-23}. */
public final class RegionDayKey {

    private RegionDayKey() {
    }

    public static String of(String regionIso, LocalDate date) {
        return regionIso + "|" + date;
    }

    public static String of(StrikeEvent event) {
        return of(event.getRegionIso(), event.getEventDate());
    }
}
