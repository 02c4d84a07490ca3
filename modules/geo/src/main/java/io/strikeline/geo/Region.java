package io.strikeline.geo;

import java.util.Objects;

/**
 * A first-level administrative unit of Ukraine, or the country as a whole for national totals.
 *
 * @param iso  the ISO 3166-2:UA code ("UA-59"), or "UA" for {@link Regions#NATIONAL}
 * @param name the English name strikeline writes ("Sumy", "Kyiv City", "Crimea (Autonomous Republic)")
 */
public record Region(String iso, String name) {

    public Region {
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(name, "name");
    }

    /** True for the national pseudo-region "UA", which no place lies in. */
    public boolean isNational() {
        return iso.equals("UA");
    }
}
