package io.strikeline.topics;

import java.util.Map;
import java.util.Objects;

/**
 * What the broker holds for a topic: its name, partition count and topic-level configuration
 * (cleanup policy, retention). Replication is a property of the cluster the pipeline runs on, so it
 * is chosen when the topic is created ({@link TopicAdmin}), not here.
 */
public record TopicDefinition(String name, int partitions, Map<String, String> configs) {

    public TopicDefinition {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        configs = Map.copyOf(configs);
    }
}
