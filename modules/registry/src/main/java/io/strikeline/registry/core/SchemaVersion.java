package io.strikeline.registry.core;

/** One version of a subject: the global schema id it points to, the canonical schema text, soft deletion. */
public record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) {

    public SchemaVersion markedDeleted() {
        return new SchemaVersion(subject, version, id, schema, true);
    }
}
