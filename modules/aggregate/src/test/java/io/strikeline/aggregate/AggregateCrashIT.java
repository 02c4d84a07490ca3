package io.strikeline.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.registry.RegistryConfig;
import io.strikeline.registry.SchemaRegistryServer;
import io.strikeline.registry.storage.StorageConfig;
import io.strikeline.runtime.StreamsRunner;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once under failure. Two instances of the aggregation share the work (one application id, four
 * partitions, a state directory each); while events keep arriving, one is killed with SIGKILL, so it neither
 * commits nor closes nor leaves the group. Its tasks go to the other instance once its session expires (6 s,
 * see {@link AggregateStage}); its open transaction is aborted by the broker once Streams' exactly-once
 * transaction timeout (10 s) has passed, and until then the survivor may wait on the offsets that transaction
 * holds. A replacement then starts on the killed instance's state directory, as a restarted machine would:
 * Streams finds its stores dirty (no checkpoint under exactly-once), wipes them and restores them from their
 * changelogs. Once every event is in and consumed, the tallies must equal the batch truth of the final events
 * (no strike lost, none counted twice, no retraction missed), and every tally committed on the way must be one
 * its region-day really had, in order ({@link TallyPaths}): nothing of the killed instance's aborted work shows.
 *
 * <p>Only the instance that must die runs in a JVM of its own ({@link AggregateProcess}), and its replacement
 * likewise, since it must find the victim's process id in the state directory; the survivor runs in the test's
 * JVM, where its assignment can be read directly. The JVMs share no memory, hence a real schema registry on the
 * shared broker.
 */
@ExtendWith(SharedKafka.class)
class AggregateCrashIT {

    private static final int PARTITIONS = 4;
    private static final int VERSIONS = 6_000;
    private static final Duration PRODUCING = Duration.ofSeconds(15);
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** SIGKILL: 128 + 9. */
    private static final int KILLED = 137;

    @TempDir
    Path survivorStateDir;
    @TempDir
    Path victimStateDir;
    @TempDir
    Path outputs;

    @Test
    void talliesEqualTheBatchTruthAfterAnInstanceIsKilledWhileEventsKeepArriving(EmbeddedKafka kafka) throws Exception {
        EventHistory history = EventHistory.generate(VERSIONS, 20250723L);
        TallyPaths truth = TallyPaths.of(history.versions());
        String bootstrap = kafka.bootstrapServers();
        try (SchemaRegistryServer registry = startRegistry(bootstrap);
                AvroSerdes serdes = AvroSerdes.forRegistry(registry.url());
                Admin admin = AggregateStage.admin(bootstrap)) {
            AggregateStage stage = AggregateStage.create(admin, "crash", PARTITIONS);
            StrikelineTopics topics = stage.topics(serdes);

            // Given two running instances, each with partitions of its own
            try (AggregateProcess victim = AggregateProcess.start(bootstrap, registry.url(), stage, victimStateDir,
                        outputs.resolve("victim.log"));
                    StreamsRunner survivor = stage.start(bootstrap, serdes, survivorStateDir,
                            AggregateTopology.DEFAULT_EMIT_INTERVAL)) {
                victim.awaitRunning(TIMEOUT);
                await("the partitions shared").atMost(TIMEOUT).until(() -> sharesThePartitions(survivor));
                Set<TopicPartition> victimPartitions = allPartitions(topics);
                victimPartitions.removeAll(inputOwnedBy(survivor));

                try (PacedProducer producer = PacedProducer.start(bootstrap, topics.strikeEvents(),
                        history.versions(), PRODUCING)) {
                    // When the victim is killed once it has committed input of its own, with events still to come
                    await("the victim's first commits").atMost(TIMEOUT).until(() ->
                            stage.committedOffsets(admin).keySet().containsAll(victimPartitions)
                                    && producer.acknowledged() >= VERSIONS / 5);
                    int producedBeforeKill = producer.acknowledged();
                    assertThat(victim.kill()).as("exit code of the victim").isEqualTo(KILLED);
                    assertThat(producedBeforeKill).as("events produced before the kill").isLessThan(VERSIONS);

                    // and, once the survivor has taken its partitions over, replaced on its state directory
                    await("the survivor owning every partition").atMost(TIMEOUT)
                            .until(() -> inputOwnedBy(survivor).size() == PARTITIONS);
                    try (AggregateProcess replacement = AggregateProcess.start(bootstrap, registry.url(), stage,
                            victimStateDir, outputs.resolve("replacement.log"))) {
                        replacement.awaitRunning(TIMEOUT);
                        // Its stores' changelogs are short of Streams' acceptable recovery lag, so it counts as
                        // caught up and gets active tasks back at once rather than after a probing rebalance.
                        await("the replacement sharing the partitions").atMost(TIMEOUT)
                                .until(() -> sharesThePartitions(survivor));
                        await("every event produced").atMost(TIMEOUT).until(producer::finished);
                        assertThat(producer.failure()).as("a failed send").isEmpty();
                        assertThat(producer.acknowledged()).isEqualTo(VERSIONS);

                        // Then every event is consumed and the tallies are those of the final events
                        await("every event consumed").atMost(TIMEOUT).until(() ->
                                stage.committedOffsets(admin).equals(stage.inputEndOffsets(admin)));
                        await("the tallies settled").atMost(TIMEOUT).untilAsserted(() ->
                                assertThat(stage.tallies(bootstrap, serdes))
                                        .containsExactlyInAnyOrderEntriesOf(truth.finalTallies()));
                        assertThat(truth.departures(stage.tallyRecords(bootstrap, serdes)))
                                .as("committed tallies off their region-day's path").isEmpty();
                    }
                }
            }
        }
    }

    /** A registry on the shared broker with a schemas topic of its own. */
    private static SchemaRegistryServer startRegistry(String bootstrap) {
        return SchemaRegistryServer.start(RegistryConfig.local(bootstrap)
                .withStorage(StorageConfig.of(bootstrap).withTopic(SharedKafka.uniqueName("_schemas"))));
    }

    /** Both instances in the group, neither with every partition. */
    private static boolean sharesThePartitions(StreamsRunner survivor) {
        int owned = inputOwnedBy(survivor).size();
        return survivor.streams().state() == KafkaStreams.State.RUNNING && owned > 0 && owned < PARTITIONS;
    }

    /** The strike-events partitions of the instance's active tasks. */
    private static Set<TopicPartition> inputOwnedBy(StreamsRunner instance) {
        return instance.streams().metadataForLocalThreads().stream()
                .flatMap(thread -> thread.activeTasks().stream())
                .flatMap(task -> task.topicPartitions().stream())
                .collect(Collectors.toSet());
    }

    private static Set<TopicPartition> allPartitions(StrikelineTopics topics) {
        Set<TopicPartition> partitions = new HashSet<>();
        for (int partition = 0; partition < PARTITIONS; partition++) {
            partitions.add(new TopicPartition(topics.strikeEvents().name(), partition));
        }
        return partitions;
    }
}
