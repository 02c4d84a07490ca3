package io.strikeline.registry.core;

/**
 * A request the registry refuses, carrying the HTTP status and the Confluent error code that clients
 * (Confluent's serializers, Karapace clients, the Python client) switch on.
 */
public final class RegistryException extends RuntimeException {

    private final int httpStatus;
    private final int errorCode;

    RegistryException(int httpStatus, int errorCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }

    public static RegistryException subjectNotFound(String subject) {
        return new RegistryException(404, 40401, "Subject '" + subject + "' not found.");
    }

    public static RegistryException versionNotFound(String subject, Object version) {
        return new RegistryException(404, 40402, "Version " + version + " not found.");
    }

    public static RegistryException schemaNotFound() {
        return new RegistryException(404, 40403, "Schema not found");
    }

    public static RegistryException schemaIdNotFound(int id) {
        return new RegistryException(404, 40403, "Schema " + id + " not found");
    }

    public static RegistryException subjectSoftDeleted(String subject) {
        return new RegistryException(404, 40404, "Subject '" + subject
                + "' was soft deleted.Set permanent=true to delete permanently");
    }

    public static RegistryException subjectNotSoftDeleted(String subject) {
        return new RegistryException(404, 40405, "Subject '" + subject
                + "' was not deleted first before being permanently deleted");
    }

    public static RegistryException versionSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40406, "Subject '" + subject + "' Version " + version
                + " was soft deleted.Set permanent=true to delete permanently");
    }

    public static RegistryException versionNotSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40407, "Subject '" + subject + "' Version " + version
                + " was not deleted first before being permanently deleted");
    }

    public static RegistryException subjectCompatibilityNotConfigured(String subject) {
        return new RegistryException(404, 40408, "Subject '" + subject
                + "' does not have subject-level compatibility configured");
    }

    public static RegistryException incompatibleSchema(String subject, java.util.List<String> details) {
        return new RegistryException(409, 409, "Schema being registered is incompatible with an earlier schema"
                + " for subject \"" + subject + "\", details: " + details);
    }

    public static RegistryException invalidSchema(String details) {
        return new RegistryException(422, 42201, "Invalid schema: " + details);
    }

    public static RegistryException invalidVersion(String version) {
        return new RegistryException(422, 42202, "The specified version '" + version + "' is not a valid version id. "
                + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    public static RegistryException invalidCompatibilityLevel(String level) {
        return new RegistryException(422, 42203, "Invalid compatibility level. Valid values are none, backward, "
                + "forward, full, backward_transitive, forward_transitive, and full_transitive"
                + (level == null ? "" : " (got '" + level + "')"));
    }

    public static RegistryException unprocessable(String message) {
        return new RegistryException(422, 422, message);
    }

    public static RegistryException badRequest(String message) {
        return new RegistryException(400, 400, message);
    }

    public static RegistryException storeError(String message, Throwable cause) {
        RegistryException e = new RegistryException(500, 50001, "Error in the backend data store - " + message);
        e.initCause(cause);
        return e;
    }

    public static RegistryException storeTimeout(String message) {
        return new RegistryException(500, 50002, "Operation timed out - " + message);
    }
}
