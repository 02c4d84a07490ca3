package io.strikeline.alerts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A tally's key, {@code REGION|YYYY-MM-DD}, read apart. */
record RegionDay(String regionIso, LocalDate date) {

    private static final char SEPARATOR = '|';

    /** @throws InvalidTallyException when the key is not {@code REGION|YYYY-MM-DD} */
    static RegionDay parse(String key) {
        int separator = key == null ? -1 : key.indexOf(SEPARATOR);
        if (separator <= 0 || key.indexOf(SEPARATOR, separator + 1) >= 0) {
            throw new InvalidTallyException("The tally key '" + key + "' is not REGION|YYYY-MM-DD");
        }
        try {
            return new RegionDay(key.substring(0, separator), LocalDate.parse(key.substring(separator + 1)));
        } catch (DateTimeParseException e) {
            throw new InvalidTallyException("The tally key '" + key + "' is not REGION|YYYY-MM-DD: " + e.getMessage());
        }
    }

    /** The region part of a key, or the whole key when it has none: partitioning must never throw. */
    static String regionOf(String key) {
        int separator = key == null ? -1 : key.indexOf(SEPARATOR);
        return separator < 0 ? String.valueOf(key) : key.substring(0, separator);
    }

    String key() {
        return key(regionIso, date);
    }

    static String key(String regionIso, LocalDate date) {
        return regionIso + SEPARATOR + date;
    }

    /** Sorts before every key of the region: {@code REGION|} followed by nothing. */
    static String startOf(String regionIso) {
        return regionIso + SEPARATOR;
    }
}
