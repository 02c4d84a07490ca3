package io.strikeline.registry.core;

import java.util.Locale;

/** A version path segment: a positive number, or {@code latest} (also written {@code -1}). */
public record VersionId(int number) {

    public static final VersionId LATEST = new VersionId(-1);

    public boolean isLatest() {
        return number == -1;
    }

    /** Parses as Confluent does; anything else is refused with 42202. */
    public static VersionId parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.toLowerCase(Locale.ROOT).equals("latest")) {
            return LATEST;
        }
        try {
            int number = Integer.parseInt(trimmed);
            if (number == -1) {
                return LATEST;
            }
            if (number >= 1) {
                return new VersionId(number);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw RegistryException.invalidVersion(text);
    }

    @Override
    public String toString() {
        return isLatest() ? "latest" : Integer.toString(number);
    }
}
