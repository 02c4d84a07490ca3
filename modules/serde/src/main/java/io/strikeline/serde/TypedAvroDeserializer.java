package io.strikeline.serde;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A {@link KafkaAvroDeserializer} fixed to generic or specific reading and typed accordingly; the public
 * subclasses name the kinds.
 */
abstract class TypedAvroDeserializer<T> implements Deserializer<T> {

    private final KafkaAvroDeserializer inner;
    private final boolean specificReader;

    TypedAvroDeserializer(KafkaAvroDeserializer inner, boolean specificReader) {
        this.inner = inner;
        this.specificReader = specificReader;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> fixed = new HashMap<>(configs);
        fixed.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, specificReader);
        inner.configure(fixed, isKey);
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
