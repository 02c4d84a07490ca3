package io.strikeline.serde;

import io.strikeline.serde.client.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;

/** Typed view of {@link KafkaAvroDeserializer} that always reads {@link GenericRecord}s. */
public class GenericAvroDeserializer implements Deserializer<GenericRecord> {

    private final KafkaAvroDeserializer inner;

    public GenericAvroDeserializer() {
        this(null);
    }

    public GenericAvroDeserializer(SchemaRegistryClient client) {
        this.inner = new KafkaAvroDeserializer(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> generic = new HashMap<>(configs);
        generic.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, false);
        inner.configure(generic, isKey);
    }

    @Override
    public GenericRecord deserialize(String topic, byte[] data) {
        return (GenericRecord) inner.deserialize(topic, data);
    }

    @Override
    public void close() {
        inner.close();
    }
}
