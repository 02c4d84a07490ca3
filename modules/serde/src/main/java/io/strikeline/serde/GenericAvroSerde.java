package io.strikeline.serde;

import io.strikeline.serde.client.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Serde for {@link GenericRecord}s, a drop-in for Confluent's {@code GenericAvroSerde}. */
public class GenericAvroSerde extends Serdes.WrapperSerde<GenericRecord> {

    public GenericAvroSerde() {
        this(null);
    }

    public GenericAvroSerde(SchemaRegistryClient client) {
        super(new GenericAvroSerializer(client), new GenericAvroDeserializer(client));
    }
}
