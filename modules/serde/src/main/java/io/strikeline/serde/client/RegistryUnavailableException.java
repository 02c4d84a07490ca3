package io.strikeline.serde.client;

/** No registry instance gave an answer within the configured timeouts and retries. */
public final class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
