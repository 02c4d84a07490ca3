package io.strikeline.notify;

import io.strikeline.avro.Alert;

/** Somewhere an alert is delivered to besides the alerts topic itself. */
public interface AlertSink {

    /** Short name, used in logs and in the dead-letter header {@code dlq.sink}. */
    String name();

    /**
     * Delivers one alert, retrying as the sink sees fit. A failure is an outcome, not an exception: the caller
     * dead-letters the alert and goes on.
     *
     * @throws InterruptedException when the service is stopping: the alert was neither delivered nor given up on
     */
    SinkOutcome deliver(Alert alert) throws InterruptedException;
}
