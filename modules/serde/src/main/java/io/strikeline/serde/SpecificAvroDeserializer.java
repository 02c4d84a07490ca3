package io.strikeline.serde;

import io.strikeline.serde.client.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Typed view of {@link KafkaAvroDeserializer} that always reads generated classes (Confluent's
 * {@code SpecificAvroDeserializer}); given a class, every writer version is read into it.
 */
public class SpecificAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final KafkaAvroDeserializer inner;

    public SpecificAvroDeserializer() {
        this(null, null);
    }

    public SpecificAvroDeserializer(SchemaRegistryClient client, Class<T> type) {
        this.inner = new KafkaAvroDeserializer(client, type);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> specific = new HashMap<>(configs);
        specific.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        inner.configure(specific, isKey);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(String topic, byte[] data) {
        return (T) inner.deserialize(topic, data);
    }

    @Override
    public void close() {
        inner.close();
    }
}
