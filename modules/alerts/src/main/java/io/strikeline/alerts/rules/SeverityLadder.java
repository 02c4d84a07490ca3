package io.strikeline.alerts.rules;

import io.strikeline.avro.AlertSeverity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's thresholds, one per severity it can raise (e.g. WARNING at 20, CRITICAL at 50): a value reaches the
 * highest severity whose threshold it is at or above. Thresholds rise with severity, or the ladder is refused.
 */
public final class SeverityLadder {

    private final Map<AlertSeverity, Double> thresholds;

    public SeverityLadder(Map<AlertSeverity, Double> thresholds) {
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("at least one severity needs a threshold");
        }
        Map<AlertSeverity, Double> sorted = new EnumMap<>(thresholds);
        double previous = Double.NEGATIVE_INFINITY;
        AlertSeverity below = null;
        for (Map.Entry<AlertSeverity, Double> step : sorted.entrySet()) {
            if (!Double.isFinite(step.getValue())) {
                throw new IllegalArgumentException(step.getKey() + " needs a finite threshold");
            }
            if (step.getValue() <= previous) {
                throw new IllegalArgumentException("thresholds must rise with severity, but " + step.getKey() + " is at "
                        + format(step.getValue()) + " and " + below + " at " + format(previous));
            }
            previous = step.getValue();
            below = step.getKey();
        }
        this.thresholds = Collections.unmodifiableMap(sorted);
    }

    /** The highest severity whose threshold {@code value} reaches, with that threshold. */
    public Optional<Map.Entry<AlertSeverity, Double>> reached(double value) {
        Map.Entry<AlertSeverity, Double> reached = null;
        for (Map.Entry<AlertSeverity, Double> step : thresholds.entrySet()) {
            if (value >= step.getValue()) {
                reached = step;
            }
        }
        return Optional.ofNullable(reached);
    }

    public Map<AlertSeverity, Double> thresholds() {
        return thresholds;
    }

    /** 3.0 as "3", 2.5 as "2.5": thresholds and values read as people wrote them. */
    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
