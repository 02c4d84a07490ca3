package io.strikeline.pipeline;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the pipeline runs and how.
 *
 * @param bootstrapServers  Kafka cluster
 * @param registryUrl       Confluent-compatible schema registry
 * @param stateDir          local state of the Kafka Streams stages
 * @param partitions        partitions of the data topics it creates
 * @param replication       replicas of the topics it creates; empty = the cluster's default
 * @param topicSuffix       appended to every topic name (empty for the live topics; tests isolate themselves)
 * @param outputSuffix      appended, after {@code topicSuffix}, to the topics the stages write: a replay reads
 *                          the live input and writes beside the live output
 * @param appIdSuffix       appended to every application id (a replay runs under new ids, beside the live ones)
 * @param clientProperties  passed to every Kafka client (security settings)
 * @param streamsOverrides  Kafka Streams settings over strikeline's defaults (commit interval, caching, threads)
 */
public record PipelineConfig(String bootstrapServers, String registryUrl, Path stateDir, int partitions,
        Optional<Short> replication, String topicSuffix, String outputSuffix, String appIdSuffix,
        Map<String, Object> clientProperties, Map<String, Object> streamsOverrides) {

    public PipelineConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(registryUrl, "registryUrl");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(replication, "replication");
        Objects.requireNonNull(topicSuffix, "topicSuffix");
        Objects.requireNonNull(outputSuffix, "outputSuffix");
        Objects.requireNonNull(appIdSuffix, "appIdSuffix");
        clientProperties = Map.copyOf(clientProperties);
        streamsOverrides = Map.copyOf(streamsOverrides);
    }

    public static PipelineConfig of(String bootstrapServers, String registryUrl, Path stateDir) {
        return new PipelineConfig(bootstrapServers, registryUrl, stateDir, 4, Optional.empty(), "", "", "", Map.of(), Map.of());
    }

    public PipelineConfig withTopicSuffix(String suffix) {
        return new PipelineConfig(bootstrapServers, registryUrl, stateDir, partitions, replication, suffix,
                outputSuffix, appIdSuffix, clientProperties, streamsOverrides);
    }

    /**
     * A run of its own beside any other on the cluster (a test on a shared broker): its topics and its
     * application ids, and so its consumer groups, state and internal topics, all carry the suffix.
     */
    public PipelineConfig isolated(String suffix) {
        return new PipelineConfig(bootstrapServers, registryUrl, stateDir, partitions, replication, suffix,
                outputSuffix, suffix, clientProperties, streamsOverrides);
    }

    /** A run beside the live one: same input, new application ids, outputs suffixed. */
    public PipelineConfig asReplay(String suffix) {
        return new PipelineConfig(bootstrapServers, registryUrl, stateDir, partitions, replication, topicSuffix,
                suffix, suffix, clientProperties, streamsOverrides);
    }

    public PipelineConfig withPartitions(int count) {
        return new PipelineConfig(bootstrapServers, registryUrl, stateDir, count, replication, topicSuffix,
                outputSuffix, appIdSuffix, clientProperties, streamsOverrides);
    }

    public PipelineConfig withStreamsOverrides(Map<String, Object> overrides) {
        return new PipelineConfig(bootstrapServers, registryUrl, stateDir, partitions, replication, topicSuffix,
                outputSuffix, appIdSuffix, clientProperties, overrides);
    }
}
