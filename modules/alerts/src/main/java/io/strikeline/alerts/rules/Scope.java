package io.strikeline.alerts.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which tallies a rule looks at. National totals ({@code UA}) add up what was launched at the whole country, so a
 * threshold meant for one region fires on them every night: a rule says whether it is for regions, the nation, or both.
 */
public enum Scope {
    ALL,
    REGIONS,
    NATIONAL;

    private static final String NATIONAL_ISO = "UA";

    public boolean covers(String regionIso) {
        return switch (this) {
            case ALL -> true;
            case REGIONS -> !NATIONAL_ISO.equals(regionIso);
            case NATIONAL -> NATIONAL_ISO.equals(regionIso);
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Scope> byLabel(String label) {
        return Arrays.stream(values()).filter(scope -> scope.label().equals(label)).findFirst();
    }
}
