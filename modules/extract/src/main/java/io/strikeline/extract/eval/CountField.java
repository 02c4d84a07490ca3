package io.strikeline.extract.eval;

import java.util.Locale;
import java.util.function.Function;

/** The counts of an event that are checked, value for value, on the events that match gold. */
public enum CountField {
    LAUNCHED(EventRecord::launched),
    INTERCEPTED(EventRecord::intercepted),
    KILLED(EventRecord::killed),
    INJURED(EventRecord::injured);

    private final Function<EventRecord, Integer> value;

    CountField(Function<EventRecord, Integer> value) {
        this.value = value;
    }

    public Integer of(EventRecord event) {
        return value.apply(event);
    }

    /** The field's name in the gold file. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
