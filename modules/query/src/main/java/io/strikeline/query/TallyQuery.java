package io.strikeline.query;

import io.strikeline.geo.Region;
import io.strikeline.geo.Regions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code GET /tallies} asks for: region-days of some regions (one, or all 27 and the national row) between
 * two dates, now or as known at a past instant. Parsed and checked here, so that every bad parameter is a 400
 * with a message that names it.
 */
public record TallyQuery(List<Region> regions, LocalDate from, LocalDate to, Optional<Instant> asOf) {

    /** Longer ranges are refused: a year of every region is ~10,000 tallies, enough for one answer. */
    public static final int MAX_DAYS = 366;

    public TallyQuery {
        regions = List.copyOf(regions);
    }

    /**
     * @param region an ISO code ("UA-59", "UA"), or null for every region
     * @param asOf   an ISO-8601 instant ("2025-07-24T08:00:00Z"), or null for now
     */
    public static TallyQuery of(String region, String from, String to, String asOf) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first.isAfter(last)) {
            throw new InvalidQueryException("from (" + first + ") is after to (" + last + ")");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw new InvalidQueryException("from " + first + " to " + last + " is " + days + " days; at most " + MAX_DAYS
                    + " can be asked at once");
        }
        // region= with nothing after it asks for no region in particular, as leaving it out does
        return new TallyQuery(region == null || region.isBlank() ? allRegions() : List.of(region(region)), first, last,
                instant(asOf));
    }

    /** Every region (the national row included) on one day: {@code GET /tallies/{date}}. */
    public static TallyQuery ofDay(String date, String asOf) {
        LocalDate day = date("date", date);
        return new TallyQuery(allRegions(), day, day, instant(asOf));
    }

    /** The 27 units and the national row. */
    public static List<Region> allRegions() {
        List<Region> all = new ArrayList<>(Regions.all());
        all.add(Regions.NATIONAL);
        return all;
    }

    public static Region region(String iso) {
        if (iso == null || iso.isBlank()) {
            throw new InvalidQueryException("region is required (an ISO 3166-2:UA code such as UA-59, or UA)");
        }
        return Regions.byIso(iso).orElseThrow(() -> new InvalidQueryException("unknown region '" + iso
                + "': use an ISO 3166-2:UA code such as UA-59 (Sumy), or UA for national totals; GET /regions lists them"));
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidQueryException(name + " is required (a date, YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    public static Optional<Instant> instant(String asOf) {
        if (asOf == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(asOf.trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("asOf '" + asOf + "' is not an instant (ISO-8601 in UTC, e.g. 2025-07-24T08:00:00Z)");
        }
    }
}
