package io.strikeline.bench;

import java.util.concurrent.locks.LockSupport;

/**
 * When input {@code i} is due: {@code start + i / rate}, computed from the index and never from the previous
 * send, so a late send does not push the ones after it (no drift), and a latency measured from the due time
 * counts the time an input waited behind a stalled sender (no coordinated omission).
 *
 * @param startNanos       {@link System#nanoTime()} at which input 0 is due
 * @param startEpochMillis the wall clock at the same moment: the inputs' {@code ingested_at}
 * @param ratePerSecond    inputs per second
 */
record RateSchedule(long startNanos, long startEpochMillis, double ratePerSecond) {

    RateSchedule {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, not " + ratePerSecond);
        }
    }

    /** A schedule whose input 0 is due now. */
    static RateSchedule startingNow(double ratePerSecond) {
        return new RateSchedule(System.nanoTime(), System.currentTimeMillis(), ratePerSecond);
    }

    long dueNanos(long index) {
        return startNanos + Math.round(index * 1e9 / ratePerSecond);
    }

    /** The input's {@code ingested_at}: its due time on the wall clock, to the millisecond. */
    long ingestedAtMillis(long index) {
        return startEpochMillis + Math.round(index * 1e3 / ratePerSecond);
    }

    /** Parks until input {@code index} is due; returns at once when it is already late. */
    void awaitDue(long index) {
        long due = dueNanos(index);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
