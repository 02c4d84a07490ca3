package io.strikeline.alerts.rules;

import io.strikeline.avro.RegionDayTally;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What is known of a region before the day a rule looks at: the tallies of the days just before it (a day without
 * a tally had no attack), and the last earlier day with an attack, however long ago.
 *
 * @param recent         tallies of the days before, within the rules' look-back, by date
 * @param previousAttack the last day before with a tally; empty when none is known
 */
public record RegionHistory(NavigableMap<LocalDate, RegionDayTally> recent, Optional<LocalDate> previousAttack) {

    public RegionHistory {
        recent = Collections.unmodifiableNavigableMap(new TreeMap<>(recent));
        Objects.requireNonNull(previousAttack, "previousAttack");
    }

    public static RegionHistory none() {
        return new RegionHistory(new TreeMap<>(), Optional.empty());
    }
}
