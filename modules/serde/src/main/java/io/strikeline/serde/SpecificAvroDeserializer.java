package io.strikeline.serde;

import io.strikeline.serde.client.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;

/**
 * Typed view of {@link KafkaAvroDeserializer} that always reads generated classes (Confluent's
 * {@code SpecificAvroDeserializer}); given a class, every writer version is read into it.
 */
public class SpecificAvroDeserializer<T extends SpecificRecord> extends TypedAvroDeserializer<T> {

    public SpecificAvroDeserializer() {
        this(null, null);
    }

    public SpecificAvroDeserializer(SchemaRegistryClient client, Class<T> type) {
        super(new KafkaAvroDeserializer(client, type), true);
    }
}
