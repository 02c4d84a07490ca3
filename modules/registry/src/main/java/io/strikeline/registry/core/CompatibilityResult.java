package io.strikeline.registry.core;

import java.util.List;

/** Answer of a compatibility test: the verdict, and why (listed only when the caller asked for it). */
public record CompatibilityResult(boolean compatible, List<String> messages) {

    public static CompatibilityResult of(List<String> problems) {
        return new CompatibilityResult(problems.isEmpty(), List.copyOf(problems));
    }
}
