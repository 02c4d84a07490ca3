package io.strikeline.pipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells when the stream stages have caught up: for every partition of every topic a stage reads, its
 * consumer group has committed up to the end of the committed data (read_committed), for several checks
 * in a row, so that what one stage writes for the next is caught too.
 */
public final class Settling {

    private static final Logger LOG = LoggerFactory.getLogger(Settling.class);
    private static final Duration PAUSE = Duration.ofMillis(250);
    private static final int QUIET_CHECKS = 4;

    /** A stage's consumer group and the topics it reads. */
    public record Stage(String groupId, List<String> inputTopics) {
    }

    private Settling() {
    }

    public static void await(PipelineConfig config, List<Stage> stages, Duration timeout) throws InterruptedException {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(props)) {
            int quiet = 0;
            long lag = -1;
            while (quiet < QUIET_CHECKS) {
                lag = lag(admin, stages);
                LOG.debug("Pipeline lag: {} record(s)", lag);
                quiet = lag == 0 ? quiet + 1 : 0;
                if (quiet < QUIET_CHECKS && System.nanoTime() > deadline) {
                    throw new IllegalStateException("The pipeline did not catch up within " + timeout
                            + " (records behind: " + (lag < 0 ? "unknown" : lag) + ")");
                }
                Thread.sleep(PAUSE.toMillis());
            }
        }
    }

    /** Committed records the stages have not yet committed past; -1 when it cannot be told yet. */
    static long lag(Admin admin, List<Stage> stages) throws InterruptedException {
        long total = 0;
        try {
            for (Stage stage : stages) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(stage.groupId())
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (TopicDescription topic : admin.describeTopics(stage.inputTopics()).allTopicNames().get().values()) {
                    topic.partitions().forEach(partition ->
                            latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest()));
                }
                var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
                for (TopicPartition partition : latest.keySet()) {
                    OffsetAndMetadata at = committed.get(partition);
                    total += Math.max(0, ends.get(partition).offset() - (at == null ? 0 : at.offset()));
                }
            }
        } catch (ExecutionException e) {
            // A topic not created yet (a repartition topic before the first start): not settled.
            return -1;
        }
        return total;
    }
}
