package io.strikeline.registry.storage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the log topic (one partition, compacted) or checks that an existing one is usable. */
final class SchemaTopic {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaTopic.class);
    private static final long RETRY_PAUSE_MS = 50;

    private SchemaTopic() {
    }

    static void ensure(Admin admin, StorageConfig config) {
        String topic = config.topic();
        long timeoutMs = config.timeout().toMillis();
        try {
            Set<String> existing = admin.listTopics().names().get(timeoutMs, TimeUnit.MILLISECONDS);
            if (!existing.contains(topic)) {
                create(admin, config);
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            TopicDescription description = onceKnown(() -> admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(timeoutMs, TimeUnit.MILLISECONDS).get(topic), deadline);
            if (description.partitions().size() != 1) {
                throw new IllegalStateException("The schema topic " + topic + " has " + description.partitions().size()
                        + " partitions; it must have exactly one, because ids are assigned in log order");
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config topicConfig = onceKnown(() -> admin.describeConfigs(List.of(resource)).all()
                    .get(timeoutMs, TimeUnit.MILLISECONDS).get(resource), deadline);
            String policy = topicConfig.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
            if (!TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy)) {
                LOG.warn("The schema topic {} has cleanup.policy={}; it should be compact, or schemas will be"
                        + " lost when segments are deleted", topic, policy);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot prepare the schema topic " + topic + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out preparing the schema topic " + topic + " at "
                    + config.bootstrapServers(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing the schema topic", e);
        }
    }

    /** An Admin call that waits for its answer. */
    @FunctionalInterface
    interface AdminCall<T> {
        T get() throws InterruptedException, ExecutionException, TimeoutException;
    }

    /**
     * The answer to {@code call}, asked again while the broker says the topic is unknown: a topic just created
     * is known to the controller before every part of the broker has it (its configs come a moment later,
     * more so on a busy broker), and a registry starting on a fresh cluster must not fail for that.
     */
    static <T> T onceKnown(AdminCall<T> call, long deadlineNanos) throws InterruptedException, ExecutionException,
            TimeoutException {
        while (true) {
            try {
                return call.get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadlineNanos) {
                    throw e;
                }
                Thread.sleep(RETRY_PAUSE_MS);
            }
        }
    }

    private static void create(Admin admin, StorageConfig config) throws InterruptedException, TimeoutException,
            ExecutionException {
        NewTopic topic = new NewTopic(config.topic(), java.util.Optional.of(1), config.replicationFactor())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            admin.createTopics(List.of(topic)).all().get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Created schema topic {}", config.topic());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
            // Another instance created it at the same moment: fine.
        }
    }
}
