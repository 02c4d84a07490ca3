package io.strikeline.notify;

import java.util.Objects;

/**
 * What became of one alert at one sink.
 *
 * @param attempts how many times the sink tried (0 when it never got to try)
 * @param reason   why it was not delivered; empty when it was
 */
public record SinkOutcome(boolean delivered, int attempts, String reason) {

    public SinkOutcome {
        Objects.requireNonNull(reason, "reason");
    }

    public static SinkOutcome delivered(int attempts) {
        return new SinkOutcome(true, attempts, "");
    }

    public static SinkOutcome failed(int attempts, String reason) {
        return new SinkOutcome(false, attempts, reason);
    }
}
