package io.strikeline.serde.client;

/** The registry answered, and the answer was an error ({@code {"error_code": ..., "message": ...}}). */
public final class RegistryResponseException extends RuntimeException {

    private final int httpStatus;
    private final int errorCode;

    public RegistryResponseException(int httpStatus, int errorCode, String message) {
        super(message + " (HTTP " + httpStatus + ", error_code " + errorCode + ")");
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }
}
