package io.strikeline.runtime;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * The configuration every strikeline Kafka Streams stage starts from:
 * <ul>
 *   <li>{@code exactly_once_v2}: a crash never loses or double-counts a strike;</li>
 *   <li>{@code ensure.explicit.internal.resource.naming}: every store, changelog and repartition topic has
 *       a name chosen in the code, so a topology change never silently renames (and resets) state;</li>
 *   <li>records that cannot be deserialized or make a processor throw go to the stage's dead-letter topic
 *       (with Kafka's {@code __streams.errors.*} headers and the raw bytes) and processing goes on;</li>
 *   <li>internal topics take the cluster's default replication factor.</li>
 * </ul>
 * Stages add their own settings; anything in {@code overrides} (security settings, tuning) wins.
 */
public final class StreamsSettings {

    private StreamsSettings() {
    }

    /**
     * @param applicationId a stable constant per stage: it names the consumer group, state and internal topics
     * @param stateDir      where local state lives (RocksDB stores)
     * @param deadLetterTopic the stage's dead-letter topic
     */
    public static Properties of(String applicationId, String bootstrapServers, Path stateDir, String deadLetterTopic,
            Map<String, ?> overrides) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        // Also for global tables, should a stage ever use one (the default from Kafka 5.0).
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        // Avro records with repeated names and ids compress several-fold: less for the broker to move and keep.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        // A commit sends many small records per partition (events, changelogs, tallies): fewer, larger batches
        // cost the broker and the producer less than the default 16 KiB ones.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
        props.putAll(overrides);
        return props;
    }
}
