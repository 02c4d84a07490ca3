package io.strikeline.alerts.rules;

import io.strikeline.avro.RegionDayTally;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The first attack on a region after at least K days without one; the ladder's thresholds are quiet days. A region
 * with no earlier attack known does not fire: an empty history says the data starts here, not that the region was
 * quiet.
 */
public record QuietRule(String name, Scope scope, SeverityLadder ladder) implements AlertRule {

    @Override
    public int lookBackDays() {
        return 0;
    }

    @Override
    public Optional<Finding> evaluate(RegionDayTally tally, RegionHistory history) {
        if (tally.getEvents() <= 0 || history.previousAttack().isEmpty()) {
            return Optional.empty();
        }
        long quietDays = ChronoUnit.DAYS.between(history.previousAttack().get(), tally.getDate()) - 1;
        return ladder.reached(quietDays).map(step -> new Finding(step.getKey(), Phrases.where(tally)
                + ": the first attack after " + quietDays + " quiet days (the previous on "
                + history.previousAttack().get() + "; " + step.getKey() + " from "
                + SeverityLadder.format(step.getValue()) + " days)"));
    }
}
