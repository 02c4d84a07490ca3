package io.strikeline.serde;

import io.strikeline.serde.client.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;

/** Typed view of {@link KafkaAvroSerializer} for {@link GenericRecord}s. */
public class GenericAvroSerializer extends TypedAvroSerializer<GenericRecord> {

    public GenericAvroSerializer() {
        this(null);
    }

    public GenericAvroSerializer(SchemaRegistryClient client) {
        super(new KafkaAvroSerializer(client));
    }
}
