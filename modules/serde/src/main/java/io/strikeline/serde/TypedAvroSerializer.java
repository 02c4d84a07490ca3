package io.strikeline.serde;

import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;

/** A {@link KafkaAvroSerializer} typed for one kind of value; the public subclasses name the kinds. */
abstract class TypedAvroSerializer<T> implements Serializer<T> {

    private final KafkaAvroSerializer inner;

    TypedAvroSerializer(KafkaAvroSerializer inner) {
        this.inner = inner;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        return inner.serialize(topic, data);
    }

    @Override
    public void close() {
        inner.close();
    }
}
