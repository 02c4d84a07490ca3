package io.strikeline.alerts.rules;

import io.strikeline.avro.RegionDayTally;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A day far above the region's trailing mean: its measure over the mean of the {@code days} days before
 * ({@link SpikeStatistic#RATIO}), or in standard deviations above it ({@link SpikeStatistic#ZSCORE}). A day without
 * a tally counts 0. The denominator (the mean, or the standard deviation) is raised to {@code minBaseline}, so that
 * a region with a quiet history does not turn its first small attack into a huge ratio; and a day below
 * {@code minValue} is never a spike.
 */
public record SpikeRule(String name, Scope scope, Measure measure, int days, SpikeStatistic statistic,
        double minBaseline, long minValue, SeverityLadder ladder) implements AlertRule {

    public SpikeRule {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        if (!(minBaseline > 0)) {
            throw new IllegalArgumentException("min_baseline must be above 0, was " + minBaseline);
        }
    }

    @Override
    public int lookBackDays() {
        return days;
    }

    @Override
    public Optional<Finding> evaluate(RegionDayTally tally, RegionHistory history) {
        long value = measure.of(tally);
        if (value < minValue) {
            return Optional.empty();
        }
        double sum = 0;
        double squares = 0;
        LocalDate day = tally.getDate();
        for (int back = 1; back <= days; back++) {
            RegionDayTally earlier = history.recent().get(day.minusDays(back));
            long earlierValue = earlier == null ? 0 : measure.of(earlier);
            sum += earlierValue;
            squares += (double) earlierValue * earlierValue;
        }
        double mean = sum / days;
        double deviation = Math.sqrt(Math.max(0, squares / days - mean * mean));
        double score = statistic == SpikeStatistic.RATIO ? value / Math.max(mean, minBaseline)
                : (value - mean) / Math.max(deviation, minBaseline);
        return ladder.reached(score).map(step -> new Finding(step.getKey(), Phrases.where(tally) + ": "
                + Phrases.amount(value, measure) + ", " + describe(score, mean) + " (" + step.getKey() + " at "
                + SeverityLadder.format(step.getValue()) + ")"));
    }

    private String describe(double score, double mean) {
        String trailing = "the trailing " + days + "-day mean of " + String.format(Locale.ROOT, "%.2f", mean);
        return statistic == SpikeStatistic.RATIO
                ? String.format(Locale.ROOT, "%.2f times %s", score, trailing)
                : String.format(Locale.ROOT, "%.2f standard deviations above %s", score, trailing);
    }
}
