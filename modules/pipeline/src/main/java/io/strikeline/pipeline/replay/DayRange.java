package io.strikeline.pipeline.replay;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The calendar days a replay takes, both ends included.
 *
 * @param first the first day
 * @param last  the last day; {@link LocalDate#MAX} for every day from {@code first} on
 */
public record DayRange(LocalDate first, LocalDate last) {

    public DayRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("The range starts on " + first + ", after its last day " + last);
        }
    }

    /** From {@code since} to {@code until}, or on without end when {@code until} is null. */
    public static DayRange of(LocalDate since, LocalDate until) {
        return new DayRange(since, until == null ? LocalDate.MAX : until);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    @Override
    public String toString() {
        if (last.equals(LocalDate.MAX)) {
            return first + " on";
        }
        return first.equals(last) ? first.toString() : first + " to " + last;
    }
}
