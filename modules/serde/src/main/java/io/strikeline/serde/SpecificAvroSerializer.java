package io.strikeline.serde;

import io.strikeline.serde.client.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;

/** Typed view of {@link KafkaAvroSerializer} for generated classes (Confluent's {@code SpecificAvroSerializer}). */
public class SpecificAvroSerializer<T extends SpecificRecord> extends TypedAvroSerializer<T> {

    public SpecificAvroSerializer() {
        this(null);
    }

    public SpecificAvroSerializer(SchemaRegistryClient client) {
        super(new KafkaAvroSerializer(client));
    }
}
