package io.strikeline.ingest;

import io.strikeline.topics.Topic;
import io.strikeline.topics.TopicSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Snapshot ingest: the file is the complete current dataset. Sources such as the Air Force dataset are
 * edited in place, and a row whose natural key changed (a corrected date) or that was removed would
 * otherwise live on under its old key. After the file is ingested, every key still live in the topic
 * that the file did not produce is deleted with a tombstone, which retracts it downstream.
 */
public final class SnapshotReconciler {

    private SnapshotReconciler() {
    }

    /** @return the keys tombstoned */
    public static <V> List<String> tombstoneMissing(String bootstrapServers, Map<String, Object> clientProperties,
            Topic<String, V> topic, Set<String> keep, IngestWriter writer) {
        Map<String, byte[]> live = TopicSnapshot.read(bootstrapServers, clientProperties, topic.name(),
                new ByteArrayDeserializer());
        List<String> removed = new ArrayList<>();
        for (String key : live.keySet()) {
            if (!keep.contains(key)) {
                writer.send(topic, key, null);
                removed.add(key);
            }
        }
        writer.flush();
        return removed;
    }
}
