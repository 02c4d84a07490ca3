package io.strikeline.geo;

import java.util.List;
import java.util.Objects;

/**
 * A populated place in Ukraine and the first-level region it lies in.
 *
 * @param name       the name in the Ukrainian national Latin transliteration ("Kupiansk", "Kryvyi Rih")
 * @param region     the region (never {@link Regions#NATIONAL}); Kyiv itself is in Kyiv City, UA-30
 * @param population inhabitants as last recorded, 0 when not known; only a ranking aid, not a statistic
 * @param alternates other spellings, older names and Cyrillic forms, as written in the sources
 */
public record Settlement(String name, Region region, long population, List<String> alternates) {

    public Settlement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        alternates = List.copyOf(alternates);
    }
}
