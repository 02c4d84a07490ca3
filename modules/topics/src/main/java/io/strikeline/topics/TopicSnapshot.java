package io.strikeline.topics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The current contents of a keyed topic: reads every partition from the beginning up to the end it had
 * when the read began, keeping the latest value per key and dropping keys whose latest record is a
 * tombstone. Committed data only ({@code read_committed}), no consumer group (see {@link BoundedTopic}).
 */
public final class TopicSnapshot {

    private TopicSnapshot() {
    }

    public static <V> Map<String, V> read(String bootstrapServers, Map<String, Object> clientProperties, String topic,
            Deserializer<V> valueDeserializer) {
        Map<String, V> latest = new LinkedHashMap<>();
        forEach(bootstrapServers, clientProperties, topic, valueDeserializer, record -> {
            if (record.value() == null) {
                latest.remove(record.key());
            } else {
                latest.put(record.key(), record.value());
            }
        });
        return latest;
    }

    /**
     * Gives every committed record of the topic, tombstones included, with its partition and headers: each
     * partition in offset order, from the beginning up to the end it had when the read began.
     */
    public static <V> void forEach(String bootstrapServers, Map<String, Object> clientProperties, String topic,
            Deserializer<V> valueDeserializer, Consumer<ConsumerRecord<String, V>> action) {
        BoundedTopic.upToNow(bootstrapServers, clientProperties, topic)
                .forEach(new StringDeserializer(), valueDeserializer, action);
    }
}
