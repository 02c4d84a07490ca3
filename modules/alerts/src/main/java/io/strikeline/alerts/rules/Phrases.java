package io.strikeline.alerts.rules;

import io.strikeline.avro.RegionDayTally;

/** The words rules share in their messages, so that every alert names its place and day the same way. */
final class Phrases {

    private Phrases() {
    }

    /** {@code Kharkiv (UA-63) on 2025-07-23}. */
    static String where(RegionDayTally tally) {
        return tally.getRegionName() + " (" + tally.getRegionIso() + ") on " + tally.getDate();
    }

    /** {@code 3 events}, {@code 1 killed}. */
    static String amount(long value, Measure measure) {
        return value + " " + measure.label();
    }
}
