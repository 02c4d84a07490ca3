package io.strikeline.alerts;

/** A tally the alerting stage cannot read as a region-day: it goes to alerts.dlq with this message. */
public final class InvalidTallyException extends RuntimeException {

    public InvalidTallyException(String message) {
        super(message);
    }
}
