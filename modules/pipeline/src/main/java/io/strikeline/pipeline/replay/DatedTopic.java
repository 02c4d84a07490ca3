package io.strikeline.pipeline.replay;

import io.strikeline.topics.Topic;
import java.time.LocalDate;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A topic a replay reads, and the day each of its values belongs to. */
record DatedTopic<V>(Topic<String, V> topic, Function<V, LocalDate> day) {

    /**
     * The day of a record read as bytes, its value deserialized with the topic's own serde for that only.
     *
     * @throws org.apache.kafka.common.errors.SerializationException when the value cannot be read
     */
    LocalDate dayOf(ConsumerRecord<byte[], byte[]> record) {
        return day.apply(topic.valueSerde().deserializer().deserialize(record.topic(), record.headers(), record.value()));
    }
}
