package io.strikeline.query;

/**
 * The answer needs an instance, or a state, that cannot be reached right now (a rebalance, a restore, an instance
 * down): a 503, to retry.
 */
public final class InstanceUnavailableException extends RuntimeException {

    public InstanceUnavailableException(String message) {
        super(message);
    }

    public InstanceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
