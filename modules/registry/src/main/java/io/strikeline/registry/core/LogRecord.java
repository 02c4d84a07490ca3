package io.strikeline.registry.core;

/**
 * One change to the registry, as kept in the {@code _schemas} log. The log is compacted by key, so
 * every record is a complete statement about its key (never a delta).
 */
public sealed interface LogRecord {

    /** A subject version and the schema it holds (also used to mark it soft-deleted). */
    record SchemaPut(SchemaVersion version) implements LogRecord {
    }

    /** A subject version permanently deleted (a tombstone). */
    record SchemaTombstone(String subject, int version) implements LogRecord {
    }

    /** The compatibility level of one subject, or the global one when {@code subject} is null. */
    record ConfigPut(String subject, CompatibilityLevel level) implements LogRecord {
    }

    /** A subject's compatibility level removed (falls back to the global level). */
    record ConfigTombstone(String subject) implements LogRecord {
    }

    /** Records of kinds this registry does not use (another registry's NOOP, MODE, ...): skipped. */
    record Ignored(String reason) implements LogRecord {
    }
}
