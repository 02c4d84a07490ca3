package io.strikeline.alerts.rules;

import io.strikeline.avro.RegionDayTally;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** What a rule reads off a region-day tally. Named in the rules file in lower case ({@code "measure": "launched"}). */
public enum Measure {
    /** Distinct merged attacks. */
    EVENTS(tally -> tally.getEvents()),
    LAUNCHED(RegionDayTally::getLaunched),
    INTERCEPTED(RegionDayTally::getIntercepted),
    KILLED(RegionDayTally::getKilled),
    INJURED(RegionDayTally::getInjured);

    private final ToLongFunction<RegionDayTally> reader;

    Measure(ToLongFunction<RegionDayTally> reader) {
        this.reader = reader;
    }

    public long of(RegionDayTally tally) {
        return reader.applyAsLong(tally);
    }

    /** The name used in the rules file and in messages. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Measure> byLabel(String label) {
        return Arrays.stream(values()).filter(measure -> measure.label().equals(label)).findFirst();
    }
}
