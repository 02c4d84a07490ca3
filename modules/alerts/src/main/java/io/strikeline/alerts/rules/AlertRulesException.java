package io.strikeline.alerts.rules;

/** A rules file that cannot be used, with a message naming the file, the rule and the key at fault. */
public final class AlertRulesException extends IllegalArgumentException {

    public AlertRulesException(String message) {
        super(message);
    }

    public AlertRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
