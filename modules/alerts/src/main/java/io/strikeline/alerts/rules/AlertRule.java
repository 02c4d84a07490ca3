package io.strikeline.alerts.rules;

import io.strikeline.avro.RegionDayTally;
import java.util.Optional;

/**
 * One configured rule: a pure function of a region-day's tally and what is known of the region's earlier days.
 * It must not look at the clock or anything else, so that the same tallies always give the same findings.
 */
public interface AlertRule {

    /** As configured; part of the alert id, so never containing '|'. */
    String name();

    Scope scope();

    /** How many days before the tally's day the rule reads in {@link RegionHistory#recent()}. */
    int lookBackDays();

    /** The severity the tally reaches and why, or empty when the rule does not fire. */
    Optional<Finding> evaluate(RegionDayTally tally, RegionHistory history);
}
