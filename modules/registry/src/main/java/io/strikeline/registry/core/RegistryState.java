package io.strikeline.registry.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The registry's state, materialised from the {@code _schemas} log: subjects and their versions, the
 * global id of every schema, and compatibility settings. Every instance that reads the same log builds
 * the same state. Not thread-safe; its owner serialises access.
 */
public final class RegistryState {

    private final CompatibilityLevel defaultLevel;
    private final Map<String, TreeMap<Integer, SchemaVersion>> subjects = new TreeMap<>();
    private final Map<Integer, String> schemaById = new HashMap<>();
    private final Map<String, Integer> idBySchema = new HashMap<>();
    private final Map<Integer, TreeSet<SubjectAndVersion>> usesOfId = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel;
    private int maxId;

    /** @param defaultLevel the global level until the log says otherwise (Confluent's default is BACKWARD) */
    public RegistryState(CompatibilityLevel defaultLevel) {
        this.defaultLevel = defaultLevel;
    }

    /** A subject name and version, ordered by subject then version. */
    public record SubjectAndVersion(String subject, int version) implements Comparable<SubjectAndVersion> {
        @Override
        public int compareTo(SubjectAndVersion other) {
            int bySubject = subject.compareTo(other.subject);
            return bySubject != 0 ? bySubject : Integer.compare(version, other.version);
        }
    }

    public void apply(LogRecord record) {
        if (record instanceof LogRecord.SchemaPut put) {
            put(put.version());
        } else if (record instanceof LogRecord.SchemaTombstone tombstone) {
            remove(tombstone.subject(), tombstone.version());
        } else if (record instanceof LogRecord.ConfigPut config) {
            if (config.subject() == null) {
                globalLevel = config.level();
            } else {
                subjectLevels.put(config.subject(), config.level());
            }
        } else if (record instanceof LogRecord.ConfigTombstone config) {
            if (config.subject() == null) {
                globalLevel = null;
            } else {
                subjectLevels.remove(config.subject());
            }
        }
        // LogRecord.Ignored: kinds of record this registry does not model change nothing.
    }

    private void put(SchemaVersion version) {
        TreeMap<Integer, SchemaVersion> versions = subjects.computeIfAbsent(version.subject(), s -> new TreeMap<>());
        SchemaVersion previous = versions.put(version.version(), version);
        if (previous != null && previous.id() != version.id()) {
            forgetUse(previous.id(), previous.subject(), previous.version());
        }
        schemaById.put(version.id(), version.schema());
        idBySchema.putIfAbsent(version.schema(), version.id());
        usesOfId.computeIfAbsent(version.id(), id -> new TreeSet<>())
                .add(new SubjectAndVersion(version.subject(), version.version()));
        maxId = Math.max(maxId, version.id());
    }

    private void remove(String subject, int version) {
        TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
        if (versions == null) {
            return;
        }
        SchemaVersion removed = versions.remove(version);
        if (versions.isEmpty()) {
            subjects.remove(subject);
        }
        if (removed != null) {
            forgetUse(removed.id(), subject, version);
        }
    }

    private void forgetUse(int id, String subject, int version) {
        TreeSet<SubjectAndVersion> uses = usesOfId.get(id);
        if (uses == null) {
            return;
        }
        uses.remove(new SubjectAndVersion(subject, version));
        if (uses.isEmpty()) {
            // No subject refers to the schema any more: its id is gone (but is never handed out again
            // while maxId remembers it).
            usesOfId.remove(id);
            String schema = schemaById.remove(id);
            if (schema != null) {
                idBySchema.remove(schema, id);
            }
        }
    }

    /** Subjects with at least one version; soft-deleted versions count only when asked for. */
    public List<String> subjects(boolean includeDeleted) {
        List<String> names = new ArrayList<>();
        subjects.forEach((name, versions) -> {
            if (includeDeleted || versions.values().stream().anyMatch(v -> !v.deleted())) {
                names.add(name);
            }
        });
        return names;
    }

    /** True when the subject has any version, even only soft-deleted ones. */
    public boolean subjectExists(String subject) {
        return subjects.containsKey(subject);
    }

    /** True when the subject has at least one version that is not soft-deleted. */
    public boolean subjectIsLive(String subject) {
        return !versions(subject, false).isEmpty();
    }

    /** Versions of a subject, oldest first. */
    public List<SchemaVersion> versions(String subject, boolean includeDeleted) {
        TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
        if (versions == null) {
            return List.of();
        }
        return versions.values().stream().filter(v -> includeDeleted || !v.deleted()).toList();
    }

    public Optional<SchemaVersion> version(String subject, int version) {
        TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
    }

    public Optional<SchemaVersion> latest(String subject, boolean includeDeleted) {
        List<SchemaVersion> versions = versions(subject, includeDeleted);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The version of a subject that holds exactly this canonical schema, newest first. */
    public Optional<SchemaVersion> findInSubject(String subject, String canonicalSchema, boolean includeDeleted) {
        List<SchemaVersion> versions = versions(subject, includeDeleted);
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).schema().equals(canonicalSchema)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<String> schemaById(int id) {
        return Optional.ofNullable(schemaById.get(id));
    }

    /** The global id already given to this canonical schema, if any subject holds it. */
    public Optional<Integer> idOf(String canonicalSchema) {
        return Optional.ofNullable(idBySchema.get(canonicalSchema));
    }

    /** Subject versions that use a schema id, in subject then version order. */
    public Collection<SubjectAndVersion> usesOf(int id) {
        TreeSet<SubjectAndVersion> uses = usesOfId.get(id);
        return uses == null ? List.of() : List.copyOf(uses);
    }

    /** Ids are global, start at 1 and are never reused while the log remembers a higher one. */
    public int nextId() {
        return maxId + 1;
    }

    /** Versions continue after the highest one ever kept for the subject, soft-deleted ones included. */
    public int nextVersion(String subject) {
        TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
        return versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
    }

    public CompatibilityLevel globalLevel() {
        return globalLevel != null ? globalLevel : defaultLevel;
    }

    public Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    /** The level that governs a subject: its own, else the global one. */
    public CompatibilityLevel effectiveLevel(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel());
    }
}
