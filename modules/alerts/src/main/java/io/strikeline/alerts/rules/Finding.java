package io.strikeline.alerts.rules;

import io.strikeline.avro.AlertSeverity;
import java.util.Objects;

/** What a rule says about one tally: how urgent, and why in words (threshold and observed value). */
public record Finding(AlertSeverity severity, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
