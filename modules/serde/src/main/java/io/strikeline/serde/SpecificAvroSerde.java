package io.strikeline.serde;

import io.strikeline.serde.client.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Serde for generated Avro classes, a drop-in for Confluent's
 * {@code io.confluent.kafka.streams.serdes.avro.SpecificAvroSerde}: same configuration keys, same bytes.
 * Given the class up front, it reads every writer version into that class (the reader schema).
 */
public class SpecificAvroSerde<T extends SpecificRecord> extends Serdes.WrapperSerde<T> {

    /** For Kafka to instantiate from configuration: reads into the class the writer's schema names. */
    public SpecificAvroSerde() {
        this(null, null);
    }

    public SpecificAvroSerde(Class<T> type) {
        this(null, type);
    }

    /**
     * @param client a shared registry client, or null to build one from the configuration
     * @param type   the class to read into, or null to follow the writer's record name
     */
    public SpecificAvroSerde(SchemaRegistryClient client, Class<T> type) {
        super(new SpecificAvroSerializer<>(client), new SpecificAvroDeserializer<>(client, type));
    }
}
