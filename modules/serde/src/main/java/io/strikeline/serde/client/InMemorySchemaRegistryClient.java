package io.strikeline.serde.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A registry client that keeps everything in memory, for unit tests that need the serdes without a
 * registry server (a topology under {@code TopologyTestDriver}, the serializer's framing), as Confluent
 * ships {@code MockSchemaRegistryClient}. It answers like a registry with compatibility NONE and records
 * the calls made. Never for production: nothing is shared or kept.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

    private final Map<String, List<Schema>> subjects = new LinkedHashMap<>();
    private final Map<Integer, Schema> byId = new HashMap<>();
    private final Map<String, Integer> idBySchema = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private int nextId;

    public InMemorySchemaRegistryClient() {
        this(1);
    }

    /** @param firstId the id the first registered schema gets */
    public InMemorySchemaRegistryClient(int firstId) {
        this.nextId = firstId;
    }

    /** The calls made so far, e.g. {@code "register strikes-value"}. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        calls.add("register " + subject);
        List<Schema> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(schema)) {
            versions.add(schema);
        }
        return idBySchema.computeIfAbsent(schema.toString(), text -> {
            byId.put(nextId, schema);
            return nextId++;
        });
    }

    @Override
    public synchronized int idOf(String subject, Schema schema) {
        calls.add("lookup " + subject);
        if (!subjects.getOrDefault(subject, List.of()).contains(schema)) {
            throw new RegistryResponseException(404, 40403, "Schema not found");
        }
        return idBySchema.get(schema.toString());
    }

    @Override
    public synchronized Schema schemaById(int id) {
        calls.add("schema " + id);
        Schema schema = byId.get(id);
        if (schema == null) {
            throw new RegistryResponseException(404, 40403, "Schema " + id + " not found");
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        calls.add("latest " + subject);
        List<Schema> versions = subjects.get(subject);
        if (versions == null) {
            throw new RegistryResponseException(404, 40401, "Subject '" + subject + "' not found.");
        }
        Schema latest = versions.get(versions.size() - 1);
        return new RegisteredSchema(subject, versions.size(), idBySchema.get(latest.toString()), latest);
    }
}
