package io.strikeline.alerts.rules;

import io.strikeline.avro.RegionDayTally;
import java.util.Optional;

/** A region-day's measure (events, launched, killed, ...) at or above a threshold. */
public record ThresholdRule(String name, Scope scope, Measure measure, SeverityLadder ladder) implements AlertRule {

    @Override
    public int lookBackDays() {
        return 0;
    }

    @Override
    public Optional<Finding> evaluate(RegionDayTally tally, RegionHistory history) {
        long value = measure.of(tally);
        return ladder.reached(value).map(step -> new Finding(step.getKey(), Phrases.where(tally) + ": "
                + Phrases.amount(value, measure) + ", at or above the " + step.getKey() + " threshold of "
                + SeverityLadder.format(step.getValue())));
    }
}
