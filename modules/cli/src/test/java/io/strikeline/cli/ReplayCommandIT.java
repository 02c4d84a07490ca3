package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.RegionDayTally;
import io.strikeline.cli.OfflineCommands.Result;
import io.strikeline.cli.stack.EmbeddedPipeline;
import io.strikeline.cli.stack.LocalStack;
import io.strikeline.pipeline.Settling;
import io.strikeline.registry.storage.StorageConfig;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strikeline replay} against a running stack (the one {@code up} runs, in-process) whose live stages have
 * counted the project's demo reports and articles: a replay's tallies are the live ones of its days and of no
 * other day, and the live application's consumer groups and topics are as they were before it.
 */
class ReplayCommandIT {

    private static final Duration SETTLE = Duration.ofMinutes(2);
    private static final LocalDate JULY_23 = LocalDate.of(2025, 7, 23);
    private static final LocalDate JULY_24 = LocalDate.of(2025, 7, 24);

    @TempDir
    static Path dir;

    private static EmbeddedPipeline running;
    private static StackCommands commands;
    private static AvroSerdes serdes;
    private static Map<String, RegionDayTally> liveTallies;
    private static LiveState before;

    @BeforeAll
    static void countTheDemoDataWithTheLiveStages() throws Exception {
        running = EmbeddedPipeline.start(new LocalStack.Options(Optional.empty(), "localhost", 0, 0), 0);
        commands = new StackCommands(running);
        serdes = AvroSerdes.forRegistry(running.stack().registryUrl());
        assertThat(commands.run("ingest", "reports", sample("demo-reports.csv")).out())
                .contains("read 8, produced 7, rejected 1");
        assertThat(commands.run("ingest", "articles", sample("demo-articles.jsonl")).out())
                .contains("read 4, produced 4, rejected 0");
        running.pipeline().awaitSettled(SETTLE);
        liveTallies = tallies(StrikelineTopics.TALLIES_REGION_DAY);
        assertThat(liveTallies).as("the demo's tallies").hasSize(8);
        before = LiveState.read(running, LiveState.topicsButTheRegistrys(running));
    }

    @AfterAll
    static void stop() {
        serdes.close();
        running.close();
    }

    @Test
    void aReplayOfTheReportsFromADayOnGivesTheLiveTalliesOfThoseDaysAndPrintsWhatItDid() throws Exception {
        Result replay = commands.run("replay", "--from", "strike-reports.raw", "--since", "2025-07-24",
                "--suffix", "v2");

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out())
                .contains("strikeline replay: strike-reports.raw, days 2025-07-24 on, suffix -v2")
                // of the seven reports, the three whose windows end on the 24th
                .contains("copied    strike-reports.raw -> strike-reports.raw-v2: read 7, copied 3, skipped 4")
                .contains("stages    strikeline-enrich-v2, strikeline-aggregate-v2: caught up in")
                .containsPattern("wrote     \\d+ strike events -> strike-events-v2, 3 region-day tallies"
                        + " -> tallies.region-day-v2");
        assertThat(tallies("tallies.region-day-v2")).hasSize(3).isEqualTo(live(JULY_24, JULY_24));
        assertLiveApplicationUntouched();
    }

    @Test
    void aReplayOfTheEventsOfADayCountsItsArticleEventsAsTheLiveTalliesDo() throws Exception {
        Result replay = commands.run("replay", "--from", "strike-events", "--since", "2025-07-23", "--until",
                "2025-07-23", "--suffix", "events");

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("stages    strikeline-aggregate-events: caught up in");
        assertThat(tallies("tallies.region-day-events")).hasSize(5).isEqualTo(live(JULY_23, JULY_23));
        assertLiveApplicationUntouched();
    }

    @Test
    void aReplayOfReportsAndArticlesOfADayGivesItsLiveTallies() throws Exception {
        Result replay = commands.run("replay", "--from", "strike-reports.raw,articles.raw", "--since", "2025-07-23",
                "--until", "2025-07-23", "--suffix", "raw");

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out())
                .contains("copied    strike-reports.raw -> strike-reports.raw-raw: read 7, copied 4, skipped 3")
                .contains("copied    articles.raw -> articles.raw-raw: read 4, copied 4, skipped 0");
        assertThat(tallies("tallies.region-day-raw")).hasSize(5).isEqualTo(live(JULY_23, JULY_23));
        assertLiveApplicationUntouched();
    }

    @Test
    void aReplayIntoASuffixInUseIsRefusedAndWritesNothing() throws Exception {
        String[] replay = {"replay", "--from", "strike-events", "--since", "2025-07-24", "--suffix", "again"};
        assertThat(commands.run(replay).exitCode()).isZero();
        Map<TopicPartition, Long> first = LiveState.endOffsets(running, Set.of("strike-events-again"));

        Result again = commands.run(replay);

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("The suffix 'again' is in use (topic aggregate.dlq-again")
                .contains("consumer group strikeline-aggregate-again");
        assertThat(LiveState.endOffsets(running, Set.of("strike-events-again"))).isEqualTo(first);
        assertLiveApplicationUntouched();
    }

    private static void assertLiveApplicationUntouched() throws Exception {
        LiveState after = LiveState.read(running, before.topics());
        assertThat(after.committed()).as("the live consumer groups' offsets").isEqualTo(before.committed());
        assertThat(after.endOffsets()).as("the live topics' ends").isEqualTo(before.endOffsets());
    }

    private static Map<String, RegionDayTally> live(LocalDate first, LocalDate last) {
        return liveTallies.entrySet().stream()
                .filter(tally -> !tally.getValue().getDate().isBefore(first) && !tally.getValue().getDate().isAfter(last))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, RegionDayTally> tallies(String topic) {
        StrikelineTopics topics = new StrikelineTopics(serdes);
        return new TreeMap<>(TopicSnapshot.read(running.stack().bootstrapServers(), Map.of(), topic,
                topics.tallies().valueSerde().deserializer()));
    }

    private static String sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ReplayCommandIT.class.getResourceAsStream("/io/strikeline/cli/" + name)) {
            Files.copy(in, file);
        }
        return file.toString();
    }

    /**
     * What of the live application a replay must leave as it was: the offsets its consumer groups committed, and
     * the end of every topic that was there before the replays (its data, dead-letter and internal topics), all
     * but the registry's, where a replay's new subjects go.
     */
    private record LiveState(Map<String, Map<TopicPartition, OffsetAndMetadata>> committed,
            Map<TopicPartition, Long> endOffsets) {

        static LiveState read(EmbeddedPipeline running, Set<String> topics)
                throws InterruptedException, ExecutionException {
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new TreeMap<>();
            try (Admin admin = admin(running)) {
                for (Settling.Stage stage : running.pipeline().stages()) {
                    committed.put(stage.groupId(),
                            admin.listConsumerGroupOffsets(stage.groupId()).partitionsToOffsetAndMetadata().get());
                }
            }
            return new LiveState(committed, endOffsets(running, topics));
        }

        static Set<String> topicsButTheRegistrys(EmbeddedPipeline running)
                throws InterruptedException, ExecutionException {
            try (Admin admin = admin(running)) {
                Set<String> topics = new HashSet<>(admin.listTopics().names().get());
                topics.remove(StorageConfig.DEFAULT_TOPIC);
                return topics;
            }
        }

        Set<String> topics() {
            return endOffsets.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
        }

        static Map<TopicPartition, Long> endOffsets(EmbeddedPipeline running, Set<String> topics)
                throws InterruptedException, ExecutionException {
            try (Admin admin = admin(running)) {
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
                    topic.partitions().forEach(partition ->
                            latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest()));
                }
                Map<TopicPartition, Long> ends = new HashMap<>();
                admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
                return ends;
            }
        }

        private static Admin admin(EmbeddedPipeline running) {
            return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, running.stack().bootstrapServers()));
        }
    }
}
