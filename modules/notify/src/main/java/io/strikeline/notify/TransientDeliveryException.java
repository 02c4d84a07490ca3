package io.strikeline.notify;

/**
 * An alert record could be neither delivered nor dead-lettered for a reason that is not its own (the schema
 * registry or the dead-letter topic is unreachable): it stays uncommitted and is read again after a pause.
 */
public final class TransientDeliveryException extends RuntimeException {

    public TransientDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
