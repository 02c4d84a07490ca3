package io.strikeline.topics;

import io.strikeline.serde.AvroSerdeConfig;
import io.strikeline.serde.SpecificAvroSerde;
import io.strikeline.serde.client.InMemorySchemaRegistryClient;
import io.strikeline.serde.client.SchemaRegistryClient;
import io.strikeline.serde.client.RegistryClients;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * The one place serdes for the pipeline's Avro values come from: every serde shares one registry client
 * (so its caches are shared), and is configured for keys or values explicitly.
 */
public final class AvroSerdes implements AutoCloseable {

    private final Map<String, Object> config;
    private final SchemaRegistryClient client;

    /** @param serdeConfig Confluent-style serde settings; {@code schema.registry.url} is required */
    public AvroSerdes(Map<String, ?> serdeConfig) {
        this(serdeConfig, RegistryClients.fromConfig(new AvroSerdeConfig(serdeConfig)));
    }

    /** Serdes over a given client (e.g. {@link InMemorySchemaRegistryClient} under TopologyTestDriver). */
    public AvroSerdes(Map<String, ?> serdeConfig, SchemaRegistryClient client) {
        Objects.requireNonNull(serdeConfig.get(AvroSerdeConfig.SCHEMA_REGISTRY_URL), "schema.registry.url");
        this.config = Map.copyOf(serdeConfig);
        this.client = Objects.requireNonNull(client, "client");
    }

    public static AvroSerdes forRegistry(String registryUrl) {
        return new AvroSerdes(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl));
    }

    /** Serdes backed by an in-memory registry: for topology tests that run without any server. */
    public static AvroSerdes inMemory() {
        return new AvroSerdes(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://in-memory.invalid"),
                new InMemorySchemaRegistryClient());
    }

    /** A value serde (subject {@code <topic>-value}); keys are plain strings throughout the pipeline. */
    public <T extends SpecificRecord> Serde<T> value(Class<T> type) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(client, type);
        serde.configure(new HashMap<>(config), false);
        return serde;
    }

    @Override
    public void close() {
        client.close();
    }
}
