package io.strikeline.registry.storage;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the registry keeps its log.
 *
 * @param bootstrapServers  Kafka cluster holding the log
 * @param topic             the single-partition compacted topic ({@code _schemas} by default)
 * @param replicationFactor replicas of the topic when the registry creates it; empty = the broker's default
 * @param timeout           bound on every store operation (a write, a catch-up, the initial load)
 * @param clientProperties  extra Kafka client settings (security: SASL, SSL), passed through unchanged
 */
public record StorageConfig(String bootstrapServers, String topic, Optional<Short> replicationFactor,
        Duration timeout, Map<String, Object> clientProperties) {

    public static final String DEFAULT_TOPIC = "_schemas";

    public StorageConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(replicationFactor, "replicationFactor");
        Objects.requireNonNull(timeout, "timeout");
        clientProperties = Map.copyOf(clientProperties);
        if (topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
    }

    public static StorageConfig of(String bootstrapServers) {
        return new StorageConfig(bootstrapServers, DEFAULT_TOPIC, Optional.empty(), Duration.ofSeconds(30), Map.of());
    }

    public StorageConfig withTopic(String newTopic) {
        return new StorageConfig(bootstrapServers, newTopic, replicationFactor, timeout, clientProperties);
    }

    public StorageConfig withTimeout(Duration newTimeout) {
        return new StorageConfig(bootstrapServers, topic, replicationFactor, newTimeout, clientProperties);
    }

    /**
     * All instances sharing a log share this transactional id, so a writer fences every other writer:
     * Kafka's transaction coordinator makes writes to the log strictly one at a time across instances.
     */
    public String transactionalId() {
        return "strikeline-registry-writer-" + topic;
    }
}
