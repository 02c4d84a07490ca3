package io.strikeline.notify;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How patiently a sink retries: up to {@code maxAttempts} attempts in all, waiting {@code initialDelay} before
 * the second, twice as long before each next one, never more than {@code maxDelay}. Jitter spreads the retries
 * of many alerts (or instances) that failed together: each wait is shortened by a random fraction of up to
 * {@code jitter}, so it never exceeds the exponential schedule and {@link #worstCase} stays a true bound.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double jitter) {

    /** 5 attempts, 0.5 s, 1 s, 2 s, 4 s apart (each up to 20% shorter): about 7.5 s of patience plus the requests. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), 0.2);

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive, was " + initialDelay);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay (" + maxDelay + ") must not be shorter than initialDelay ("
                    + initialDelay + ")");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be a fraction between 0 and 1, was " + jitter);
        }
    }

    /** The wait before attempt {@code attempt} (2 or more) without jitter: initialDelay x 2^(attempt - 2), capped. */
    public Duration baseDelayBefore(int attempt) {
        if (attempt < 2) {
            throw new IllegalArgumentException("the first attempt is not delayed; attempt was " + attempt);
        }
        int doublings = attempt - 2;
        // Beyond 62 doublings any positive delay overflows a long: the cap has long been reached.
        if (doublings >= 62) {
            return maxDelay;
        }
        long millis = initialDelay.toMillis();
        long doubled = millis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : millis << doublings;
        return doubled >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis(doubled);
    }

    /** The wait before attempt {@code attempt}, shortened by up to {@code jitter} x random (a value in [0, 1)). */
    public Duration delayBefore(int attempt, DoubleSupplier random) {
        Duration base = baseDelayBefore(attempt);
        if (jitter == 0) {
            return base;
        }
        return Duration.ofMillis(Math.round(base.toMillis() * (1 - jitter * random.getAsDouble())));
    }

    /** A server's Retry-After is honoured, but never beyond maxDelay: one receiver cannot stall delivery for hours. */
    public Duration capped(Duration requested) {
        return requested.compareTo(maxDelay) > 0 ? maxDelay : requested;
    }

    /** The longest one delivery can take when every attempt takes {@code perAttempt} and fails. */
    public Duration worstCase(Duration perAttempt) {
        Duration total = perAttempt.multipliedBy(maxAttempts);
        for (int attempt = 2; attempt <= maxAttempts; attempt++) {
            total = total.plus(baseDelayBefore(attempt));
        }
        return total;
    }
}
