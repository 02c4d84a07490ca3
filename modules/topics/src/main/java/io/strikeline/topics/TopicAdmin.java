package io.strikeline.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics with explicit partitions, replication and cleanup policy (clusters are
 * expected to run with {@code auto.create.topics.enable=false}), and checks that existing ones match.
 */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);
    private static final long TIMEOUT_SECONDS = 30;

    private TopicAdmin() {
    }

    /**
     * @param replication replicas per partition; empty uses the cluster's {@code default.replication.factor}
     * @return the names of the topics that were created
     */
    public static List<String> ensure(Admin admin, Collection<TopicDefinition> topics, Optional<Short> replication) {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<String> present = new ArrayList<>();
            for (TopicDefinition topic : topics) {
                if (existing.contains(topic.name())) {
                    present.add(topic.name());
                } else {
                    missing.add(new NewTopic(topic.name(), Optional.of(topic.partitions()), replication)
                            .configs(topic.configs()));
                }
            }
            List<String> created = create(admin, missing);
            checkPartitions(admin, topics, present);
            return created;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create the pipeline's topics: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating the pipeline's topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    private static List<String> create(Admin admin, List<NewTopic> missing)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<String> created = new ArrayList<>();
        var results = admin.createTopics(missing).values();
        for (NewTopic topic : missing) {
            try {
                results.get(topic.name()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                created.add(topic.name());
                LOG.info("Created topic {} ({} partitions, {})", topic.name(), topic.numPartitions(), topic.configs());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                // Created by another instance at the same moment.
            }
        }
        return created;
    }

    private static void checkPartitions(Admin admin, Collection<TopicDefinition> topics, List<String> present)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (present.isEmpty()) {
            return;
        }
        Map<String, TopicDescription> described = admin.describeTopics(present).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (TopicDefinition topic : topics) {
            TopicDescription description = described.get(topic.name());
            if (description != null && description.partitions().size() != topic.partitions()) {
                LOG.warn("Topic {} has {} partitions where strikeline would create {}; keeping it as it is",
                        topic.name(), description.partitions().size(), topic.partitions());
            }
        }
    }
}
