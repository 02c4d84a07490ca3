package io.strikeline.registry.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * The operations of the Confluent Schema Registry API, decided against the registry's state. Each write
 * is a plan (records to append) computed against one consistent view, so it is atomic with respect to
 * other writers; reads that miss catch up with the log once before answering "not found", so a schema
 * just registered through another instance is found.
 */
public final class SchemaRegistryService {

    private final SchemaStore store;
    private final Map<String, Schema> parsedSchemas = new ConcurrentHashMap<>();

    public SchemaRegistryService(SchemaStore store) {
        this.store = store;
    }

    /** What a client submits: the schema text and its optional type and references. */
    public record SchemaSubmission(String schema, String schemaType, boolean hasReferences) {

        public static SchemaSubmission avro(String schema) {
            return new SchemaSubmission(schema, null, false);
        }
    }

    // ---- registration and lookup ----------------------------------------------------------------

    /** Registers a schema under a subject; registering the same schema again returns the same id. */
    public int register(String subject, SchemaSubmission submission) {
        Schema candidate = parseSubmission(submission);
        String canonical = AvroSchemas.canonical(candidate);
        return store.write(state -> {
            Optional<SchemaVersion> existing = state.findInSubject(subject, canonical, false);
            if (existing.isPresent()) {
                return WritePlan.nothingToWrite(existing.get().id());
            }
            List<String> problems = CompatibilityChecker.incompatibilities(
                    state.effectiveLevel(subject), candidate, parsedLiveVersions(state, subject));
            if (!problems.isEmpty()) {
                throw RegistryException.incompatibleSchema(subject, problems);
            }
            int id = state.idOf(canonical).orElseGet(state::nextId);
            SchemaVersion version = new SchemaVersion(subject, state.nextVersion(subject), id, canonical, false);
            return WritePlan.write(List.of(new LogRecord.SchemaPut(version)), id);
        });
    }

    /** Finds the version of a subject that holds this schema. */
    public SchemaVersion lookup(String subject, SchemaSubmission submission, boolean includeDeleted) {
        String canonical = AvroSchemas.canonical(parseSubmission(submission));
        Optional<SchemaVersion> found = readFreshIfMissing(state -> state.findInSubject(subject, canonical, includeDeleted));
        if (found.isPresent()) {
            return found.get();
        }
        boolean subjectKnown = store.read(state -> includeDeleted ? state.subjectExists(subject) : state.subjectIsLive(subject));
        throw subjectKnown ? RegistryException.schemaNotFound() : RegistryException.subjectNotFound(subject);
    }

    public String schemaById(int id) {
        return readFreshIfMissing(state -> state.schemaById(id)).orElseThrow(() -> RegistryException.schemaIdNotFound(id));
    }

    /** Subject versions that use a schema id; soft-deleted ones only when asked for. */
    public List<RegistryState.SubjectAndVersion> versionsOfId(int id, boolean includeDeleted) {
        schemaById(id);
        return store.read(state -> state.usesOf(id).stream()
                .filter(use -> includeDeleted || state.version(use.subject(), use.version())
                        .map(v -> !v.deleted()).orElse(false))
                .toList());
    }

    public List<String> subjectsOfId(int id, boolean includeDeleted) {
        LinkedHashSet<String> subjects = new LinkedHashSet<>();
        versionsOfId(id, includeDeleted).forEach(use -> subjects.add(use.subject()));
        return List.copyOf(subjects);
    }

    // ---- subjects and versions --------------------------------------------------------------------

    public List<String> subjects(boolean includeDeleted, String prefix) {
        return store.read(state -> state.subjects(includeDeleted).stream()
                .filter(name -> prefix == null || name.startsWith(prefix))
                .toList());
    }

    public List<Integer> versions(String subject, boolean includeDeleted) {
        List<SchemaVersion> versions = readFreshIfEmpty(state -> state.versions(subject, includeDeleted));
        if (versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions.stream().map(SchemaVersion::version).toList();
    }

    public SchemaVersion version(String subject, String versionText, boolean includeDeleted) {
        VersionId versionId = VersionId.parse(versionText);
        Optional<SchemaVersion> found = readFreshIfMissing(state -> resolve(state, subject, versionId, includeDeleted));
        if (found.isPresent()) {
            return found.get();
        }
        boolean subjectKnown = store.read(state -> includeDeleted ? state.subjectExists(subject) : state.subjectIsLive(subject));
        throw subjectKnown ? RegistryException.versionNotFound(subject, versionId.number())
                : RegistryException.subjectNotFound(subject);
    }

    private static Optional<SchemaVersion> resolve(RegistryState state, String subject, VersionId versionId,
            boolean includeDeleted) {
        if (versionId.isLatest()) {
            // "latest" always means the latest live version, whatever the deleted flag says.
            return state.latest(subject, false);
        }
        return state.version(subject, versionId.number()).filter(v -> includeDeleted || !v.deleted());
    }

    // ---- deletion ---------------------------------------------------------------------------------

    /** Soft-deletes every live version of a subject, or permanently removes an already soft-deleted one. */
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        return store.write(state -> {
            List<SchemaVersion> all = state.versions(subject, true);
            if (all.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            List<SchemaVersion> live = state.versions(subject, false);
            List<LogRecord> records = new ArrayList<>();
            if (permanent) {
                if (!live.isEmpty()) {
                    throw RegistryException.subjectNotSoftDeleted(subject);
                }
                all.forEach(v -> records.add(new LogRecord.SchemaTombstone(subject, v.version())));
                return WritePlan.write(records, versionNumbers(all));
            }
            if (live.isEmpty()) {
                throw RegistryException.subjectSoftDeleted(subject);
            }
            live.forEach(v -> records.add(new LogRecord.SchemaPut(v.markedDeleted())));
            if (state.subjectLevel(subject).isPresent()) {
                records.add(new LogRecord.ConfigTombstone(subject));
            }
            return WritePlan.write(records, versionNumbers(live));
        });
    }

    /** Soft-deletes one version, or permanently removes an already soft-deleted one. */
    public int deleteVersion(String subject, String versionText, boolean permanent) {
        VersionId versionId = VersionId.parse(versionText);
        return store.write(state -> {
            if (state.versions(subject, true).isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            SchemaVersion target = (versionId.isLatest() ? state.latest(subject, false)
                    : state.version(subject, versionId.number()))
                    .orElseThrow(() -> RegistryException.versionNotFound(subject, versionId.number()));
            if (permanent) {
                if (!target.deleted()) {
                    throw RegistryException.versionNotSoftDeleted(subject, target.version());
                }
                return WritePlan.write(List.of(new LogRecord.SchemaTombstone(subject, target.version())),
                        target.version());
            }
            if (target.deleted()) {
                throw RegistryException.versionSoftDeleted(subject, target.version());
            }
            List<LogRecord> records = new ArrayList<>();
            records.add(new LogRecord.SchemaPut(target.markedDeleted()));
            boolean lastLiveVersion = state.versions(subject, false).size() == 1;
            if (lastLiveVersion && state.subjectLevel(subject).isPresent()) {
                records.add(new LogRecord.ConfigTombstone(subject));
            }
            return WritePlan.write(records, target.version());
        });
    }

    // ---- compatibility ------------------------------------------------------------------------------

    /**
     * Tests a schema against one version of a subject ({@code latest} when the subject has none is
     * compatible), or against every version the subject's level asks for when {@code versionText} is null.
     */
    public CompatibilityResult testCompatibility(String subject, String versionText, SchemaSubmission submission,
            boolean verbose) {
        Schema candidate;
        try {
            candidate = parseSubmission(submission);
        } catch (RegistryException e) {
            if (verbose && e.errorCode() == 42201) {
                return new CompatibilityResult(false, List.of(e.getMessage()));
            }
            throw e;
        }
        VersionId versionId = versionText == null ? null : VersionId.parse(versionText);
        return store.readLatest(state -> {
            CompatibilityLevel level = state.effectiveLevel(subject);
            if (versionId == null) {
                return CompatibilityResult.of(
                        CompatibilityChecker.incompatibilities(level, candidate, parsedLiveVersions(state, subject)));
            }
            Optional<SchemaVersion> against = resolve(state, subject, versionId, false);
            if (against.isEmpty()) {
                if (versionId.isLatest()) {
                    return CompatibilityResult.of(List.of());
                }
                throw RegistryException.versionNotFound(subject, versionId.number());
            }
            return CompatibilityResult.of(CompatibilityChecker.incompatibilities(level, candidate,
                    List.of(parsed(against.get().schema()))));
        });
    }

    // ---- configuration ------------------------------------------------------------------------------

    public CompatibilityLevel globalCompatibility() {
        return store.read(RegistryState::globalLevel);
    }

    public CompatibilityLevel setGlobalCompatibility(CompatibilityLevel level) {
        return store.write(state -> WritePlan.write(List.of(new LogRecord.ConfigPut(null, level)), level));
    }

    /** Resets the global level to the default; returns the level that was in force. */
    public CompatibilityLevel resetGlobalCompatibility() {
        return store.write(state -> WritePlan.write(List.of(new LogRecord.ConfigTombstone(null)), state.globalLevel()));
    }

    public CompatibilityLevel subjectCompatibility(String subject, boolean defaultToGlobal) {
        return store.read(state -> state.subjectLevel(subject)
                .or(() -> defaultToGlobal ? Optional.of(state.globalLevel()) : Optional.empty())
                .orElseThrow(() -> RegistryException.subjectCompatibilityNotConfigured(subject)));
    }

    public CompatibilityLevel setSubjectCompatibility(String subject, CompatibilityLevel level) {
        return store.write(state -> WritePlan.write(List.of(new LogRecord.ConfigPut(subject, level)), level));
    }

    /** Removes a subject's own level; returns it. */
    public CompatibilityLevel deleteSubjectCompatibility(String subject) {
        return store.write(state -> {
            CompatibilityLevel previous = state.subjectLevel(subject)
                    .orElseThrow(() -> RegistryException.subjectNotFound(subject));
            return WritePlan.write(List.of(new LogRecord.ConfigTombstone(subject)), previous);
        });
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static Schema parseSubmission(SchemaSubmission submission) {
        if (submission.schemaType() != null && !"AVRO".equalsIgnoreCase(submission.schemaType())) {
            throw RegistryException.invalidSchema("schema type " + submission.schemaType()
                    + " is not supported by this registry; only AVRO is");
        }
        if (submission.hasReferences()) {
            throw RegistryException.invalidSchema("schema references are not supported by this registry;"
                    + " inline the referenced types");
        }
        return AvroSchemas.parse(submission.schema());
    }

    private List<Schema> parsedLiveVersions(RegistryState state, String subject) {
        return state.versions(subject, false).stream().map(v -> parsed(v.schema())).toList();
    }

    /** Stored schemas were valid when registered; parsing each distinct text once keeps checks cheap. */
    private Schema parsed(String canonicalSchema) {
        return parsedSchemas.computeIfAbsent(canonicalSchema, text -> new Schema.Parser().parse(text));
    }

    private <T> Optional<T> readFreshIfMissing(java.util.function.Function<RegistryState, Optional<T>> query) {
        Optional<T> found = store.read(query);
        return found.isPresent() ? found : store.readLatest(query);
    }

    private <T> List<T> readFreshIfEmpty(java.util.function.Function<RegistryState, List<T>> query) {
        List<T> found = store.read(query);
        return found.isEmpty() ? store.readLatest(query) : found;
    }

    private static List<Integer> versionNumbers(List<SchemaVersion> versions) {
        return versions.stream().map(SchemaVersion::version).toList();
    }
}
