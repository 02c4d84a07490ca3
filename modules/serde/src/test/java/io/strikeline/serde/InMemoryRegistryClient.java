package io.strikeline.serde;

import io.strikeline.serde.client.RegisteredSchema;
import io.strikeline.serde.client.RegistryResponseException;
import io.strikeline.serde.client.SchemaRegistryClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Test double for unit tests of the serializer's pure logic (framing, subject choice, which registry
 * call is made). The HTTP client is tested against real HTTP servers, and the serde end to end against
 * the real registry in the {@code *IT} tests.
 */
final class InMemoryRegistryClient implements SchemaRegistryClient {

    private final Map<String, List<Schema>> subjects = new LinkedHashMap<>();
    private final Map<Integer, Schema> byId = new HashMap<>();
    private final Map<String, Integer> idBySchema = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    private int nextId;

    InMemoryRegistryClient(int firstId) {
        this.nextId = firstId;
    }

    @Override
    public int register(String subject, Schema schema) {
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
    public int idOf(String subject, Schema schema) {
        calls.add("lookup " + subject);
        if (!subjects.getOrDefault(subject, List.of()).contains(schema)) {
            throw new RegistryResponseException(404, 40403, "Schema not found");
        }
        return idBySchema.get(schema.toString());
    }

    @Override
    public Schema schemaById(int id) {
        calls.add("schema " + id);
        Schema schema = byId.get(id);
        if (schema == null) {
            throw new RegistryResponseException(404, 40403, "Schema " + id + " not found");
        }
        return schema;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        calls.add("latest " + subject);
        List<Schema> versions = subjects.get(subject);
        if (versions == null) {
            throw new RegistryResponseException(404, 40401, "Subject '" + subject + "' not found.");
        }
        Schema latest = versions.get(versions.size() - 1);
        return new RegisteredSchema(subject, versions.size(), idBySchema.get(latest.toString()), latest);
    }
}
