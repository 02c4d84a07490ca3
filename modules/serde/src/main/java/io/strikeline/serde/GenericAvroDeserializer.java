package io.strikeline.serde;

import io.strikeline.serde.client.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;

/** Typed view of {@link KafkaAvroDeserializer} that always reads {@link GenericRecord}s. */
public class GenericAvroDeserializer extends TypedAvroDeserializer<GenericRecord> {

    public GenericAvroDeserializer() {
        this(null);
    }

    public GenericAvroDeserializer(SchemaRegistryClient client) {
        super(new KafkaAvroDeserializer(client), false);
    }
}
