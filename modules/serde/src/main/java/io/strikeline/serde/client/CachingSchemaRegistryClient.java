package io.strikeline.serde.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apache.avro.Schema;

/**
 * Caches what never changes in a registry, so a serde in steady state makes no HTTP call: the id of a
 * (subject, schema) pair, the schema of an id. The latest version of a subject can change, so it is
 * cached for a configurable time (forever by default, as in Confluent's serdes).
 */
public final class CachingSchemaRegistryClient implements SchemaRegistryClient {

    private final SchemaRegistryClient delegate;
    private final int maxSchemasPerSubject;
    private final Duration latestTtl;
    private final LongSupplier clock;
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Fetched> latestBySubject = new ConcurrentHashMap<>();

    private record Fetched(RegisteredSchema schema, long fetchedAtNanos) {
    }

    /**
     * @param latestTtl how long a subject's latest version is trusted; negative means forever
     */
    public CachingSchemaRegistryClient(SchemaRegistryClient delegate, int maxSchemasPerSubject, Duration latestTtl) {
        this(delegate, maxSchemasPerSubject, latestTtl, System::nanoTime);
    }

    CachingSchemaRegistryClient(SchemaRegistryClient delegate, int maxSchemasPerSubject, Duration latestTtl,
            LongSupplier clock) {
        this.delegate = delegate;
        this.maxSchemasPerSubject = maxSchemasPerSubject;
        this.latestTtl = latestTtl;
        this.clock = clock;
    }

    @Override
    public int register(String subject, Schema schema) {
        return cachedId(subject, schema, () -> delegate.register(subject, schema));
    }

    @Override
    public int idOf(String subject, Schema schema) {
        return cachedId(subject, schema, () -> delegate.idOf(subject, schema));
    }

    @Override
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, delegate::schemaById);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        Fetched cached = latestBySubject.get(subject);
        long now = clock.getAsLong();
        if (cached != null && (latestTtl.isNegative() || now - cached.fetchedAtNanos() < latestTtl.toNanos())) {
            return cached.schema();
        }
        RegisteredSchema fresh = delegate.latest(subject);
        latestBySubject.put(subject, new Fetched(fresh, now));
        schemasById.putIfAbsent(fresh.id(), fresh.schema());
        return fresh;
    }

    private int cachedId(String subject, Schema schema, java.util.function.IntSupplier fetch) {
        Map<Schema, Integer> ids = idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        Integer cached = ids.get(schema);
        if (cached != null) {
            return cached;
        }
        if (ids.size() >= maxSchemasPerSubject) {
            throw new IllegalStateException("More than " + maxSchemasPerSubject + " distinct schemas for subject '"
                    + subject + "' (max.schemas.per.subject): are schemas being generated per record?");
        }
        int id = fetch.getAsInt();
        ids.put(schema, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
