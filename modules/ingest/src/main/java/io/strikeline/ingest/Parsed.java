package io.strikeline.ingest;

import java.util.Objects;

/** The outcome of validating one input record: a value to produce under a key, or the reason it was refused. */
public final class Parsed<T> {

    private final String key;
    private final T value;
    private final String rejection;

    private Parsed(String key, T value, String rejection) {
        this.key = key;
        this.value = value;
        this.rejection = rejection;
    }

    public static <T> Parsed<T> accepted(String key, T value) {
        return new Parsed<>(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Parsed<T> rejected(String reason) {
        return new Parsed<>(null, null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isAccepted() {
        return rejection == null;
    }

    public String key() {
        return key;
    }

    public T value() {
        return value;
    }

    public String rejection() {
        return rejection;
    }

    @Override
    public String toString() {
        return isAccepted() ? "accepted " + key : "rejected: " + rejection;
    }
}
