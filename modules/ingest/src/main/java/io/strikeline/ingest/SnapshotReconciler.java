package io.strikeline.ingest;

import io.strikeline.topics.Topic;
import io.strikeline.topics.TopicSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Snapshot ingest: the file is the complete current dataset. Sources such as the Air Force dataset are
 * edited in place, and a row whose natural key changed (a corrected date) or that was removed would
 * otherwise live on under its old key. After the file is ingested, every key still live in the topic
 * that the file did not produce, and that belongs to the dataset, is deleted with a tombstone, which
 * retracts it downstream.
 */
public final class SnapshotReconciler {

    private SnapshotReconciler() {
    }

    /**
     * @param keep      the keys the file produced
     * @param inDataset whether a live record is one the file replaces (records from other origins stay)
     * @return the keys tombstoned
     */
    public static <V> List<String> tombstoneMissing(String bootstrapServers, Map<String, Object> clientProperties,
            Topic<String, V> topic, Set<String> keep, Predicate<V> inDataset, IngestWriter writer) {
        Map<String, V> live = TopicSnapshot.read(bootstrapServers, clientProperties, topic.name(),
                topic.valueSerde().deserializer());
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, V> entry : live.entrySet()) {
            String key = entry.getKey();
            if (!keep.contains(key) && inDataset.test(entry.getValue())) {
                writer.send(topic, key, null);
                removed.add(key);
            }
        }
        writer.flush();
        return removed;
    }
}
