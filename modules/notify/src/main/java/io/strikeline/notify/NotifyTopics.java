package io.strikeline.notify;

import io.strikeline.topics.Topic;
import io.strikeline.topics.TopicDefinition;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The one topic this stage owns. Like the pipeline's other dead-letter topics it keeps every record forever:
 * an alert that could not be delivered is never lost, only set aside.
 */
public final class NotifyTopics {

    public static final String DEAD_LETTERS = "notify.dlq";

    private NotifyTopics() {
    }

    /** @param name {@value #DEAD_LETTERS}, plus a suffix where a replay or a test runs beside the live topics */
    public static Topic<String, byte[]> deadLetters(String name) {
        return new Topic<>(new TopicDefinition(name, 1, Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.RETENTION_BYTES_CONFIG, "-1")), Serdes.String(), Serdes.ByteArray());
    }
}
