package io.strikeline.registry.core;

import java.util.Locale;

/** The seven compatibility levels of the Confluent Schema Registry. */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean newReadsOld;
    private final boolean oldReadsNew;
    private final boolean transitive;

    CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
        this.newReadsOld = newReadsOld;
        this.oldReadsNew = oldReadsNew;
        this.transitive = transitive;
    }

    /** The new schema must be able to read data written with the earlier one(s). */
    public boolean newReadsOld() {
        return newReadsOld;
    }

    /** Data written with the new schema must be readable with the earlier one(s). */
    public boolean oldReadsNew() {
        return oldReadsNew;
    }

    /** Checked against every live earlier version, not only the latest. */
    public boolean transitive() {
        return transitive;
    }

    /** Parses a level case-insensitively, as Confluent does; refuses anything else with 42203. */
    public static CompatibilityLevel parse(String value) {
        if (value == null) {
            throw RegistryException.invalidCompatibilityLevel(null);
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RegistryException.invalidCompatibilityLevel(value);
        }
    }
}
