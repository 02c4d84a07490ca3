package io.strikeline.registry.http;

import java.util.Locale;
import java.util.Set;

/** Content types of the Confluent Schema Registry API. */
final class MediaTypes {

    static final String SCHEMA_REGISTRY_V1_JSON = "application/vnd.schemaregistry.v1+json";
    static final String SCHEMA_REGISTRY_JSON = "application/vnd.schemaregistry+json";
    static final String JSON = "application/json";
    static final String OCTET_STREAM = "application/octet-stream";

    /** What request bodies may be sent as (Confluent also accepts octet-stream, for curl users). */
    private static final Set<String> ACCEPTED_REQUEST_TYPES =
            Set.of(SCHEMA_REGISTRY_V1_JSON, SCHEMA_REGISTRY_JSON, JSON, OCTET_STREAM);

    private MediaTypes() {
    }

    static boolean isAcceptedRequestType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        return ACCEPTED_REQUEST_TYPES.contains(baseType(contentType));
    }

    /**
     * The response type for an Accept header: the registry's own type unless the client accepts only
     * plain JSON.
     */
    static String responseType(String accept) {
        if (accept == null || accept.isBlank()) {
            return SCHEMA_REGISTRY_V1_JSON;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        if (lower.contains(SCHEMA_REGISTRY_V1_JSON) || lower.contains(SCHEMA_REGISTRY_JSON) || lower.contains("*/*")
                || lower.contains("application/*")) {
            return SCHEMA_REGISTRY_V1_JSON;
        }
        return lower.contains(JSON) ? JSON : SCHEMA_REGISTRY_V1_JSON;
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return base.strip().toLowerCase(Locale.ROOT);
    }
}
