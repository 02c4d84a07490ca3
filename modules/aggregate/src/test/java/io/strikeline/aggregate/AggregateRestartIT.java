package io.strikeline.aggregate;

import static io.strikeline.aggregate.TestEvents.report;
import static io.strikeline.avro.WeaponClass.DRONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.runtime.StreamsRunner;
import io.strikeline.runtime.StreamsSettings;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicAdmin;
import io.strikeline.topics.TopicSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop between an event and the next emit: the event's offset is committed, so it will not be read
 * again; its tally update (or, for a region-day its retraction emptied, its tombstone) must still come out,
 * from the next instance.
 */
@ExtendWith(SharedKafka.class)
class AggregateRestartIT {

    private static final Duration NEVER = Duration.ofHours(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path firstStateDir;
    @TempDir
    Path secondStateDir;
    @TempDir
    Path thirdStateDir;

    /** One Shahed report about Sumy, 2025-07-23: tally key UA-59|2025-07-23, 40 launched. */
    private static final StrikeEvent EVENT = report("r1", "kpszsu/1", "UA-59", DRONE, "Shahed-136/131",
            "2025-07-22T18:00", "2025-07-23T08:00", 40, 35);

    /** Its own topics (created) and application id on the shared broker. */
    private record Stage(AvroSerdes serdes, StrikelineTopics topics, String applicationId) {

        static Stage create(Admin admin, String name) throws Exception {
            AvroSerdes serdes = AvroSerdes.inMemory();
            StrikelineTopics topics = new StrikelineTopics(serdes, 1, "-" + SharedKafka.uniqueName(name));
            TopicAdmin.ensure(admin, topics.definitions(), Optional.empty());
            return new Stage(serdes, topics, SharedKafka.uniqueName(AggregateTopology.APPLICATION_ID));
        }
    }

    @Test
    void emitsTheTallyOfAnEventCommittedBeforeAShutdownThatCameBeforeTheEmit(EmbeddedKafka kafka) throws Exception {
        Stage stage;
        try (Admin admin = admin(kafka)) {
            stage = Stage.create(admin, "restart");
            StrikelineTopics topics = stage.topics();
            try (StreamsRunner first = run(kafka, stage, firstStateDir, NEVER)) {
                assertThat(first.awaitRunning(TIMEOUT)).isTrue();
                produce(kafka, topics, EVENT.getEventId(), EVENT);
                TopicPartition input = new TopicPartition(topics.strikeEvents().name(), 0);
                await().atMost(TIMEOUT).until(() -> committedOffset(admin, stage.applicationId(), input) == 1L);
            }
            assertThat(tallies(kafka, topics)).as("the first instance never reached its emit").isEmpty();
        }

        try (StreamsRunner second = run(kafka, stage, secondStateDir, Duration.ofMillis(100))) {
            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(tallies(kafka, stage.topics()))
                    .hasEntrySatisfying("UA-59|2025-07-23", tally -> {
                        assertThat(tally.getEvents()).isEqualTo(1);
                        assertThat(tally.getLaunched()).isEqualTo(40);
                    }));
        }
    }

    @Test
    void retractsTheTallyOfARegionDayEmptiedBeforeAShutdownThatCameBeforeTheEmit(EmbeddedKafka kafka) throws Exception {
        Stage stage;
        try (Admin admin = admin(kafka)) {
            stage = Stage.create(admin, "retract");
            StrikelineTopics topics = stage.topics();
            TopicPartition input = new TopicPartition(topics.strikeEvents().name(), 0);
            try (StreamsRunner first = run(kafka, stage, firstStateDir, Duration.ofMillis(100))) {
                produce(kafka, topics, EVENT.getEventId(), EVENT);
                await().atMost(TIMEOUT).until(() -> tallies(kafka, topics).containsKey("UA-59|2025-07-23"));
            }
            try (StreamsRunner second = run(kafka, stage, secondStateDir, NEVER)) {
                produce(kafka, topics, EVENT.getEventId(), null);
                await().atMost(TIMEOUT).until(() -> committedOffset(admin, stage.applicationId(), input) == 2L);
            }
            assertThat(tallies(kafka, topics)).as("the second instance never reached its emit")
                    .containsKey("UA-59|2025-07-23");
        }

        try (StreamsRunner third = run(kafka, stage, thirdStateDir, Duration.ofMillis(100))) {
            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(tallies(kafka, stage.topics()))
                    .doesNotContainKey("UA-59|2025-07-23"));
        }
    }

    private static Admin admin(EmbeddedKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private static StreamsRunner run(EmbeddedKafka kafka, Stage stage, Path stateDir, Duration emitInterval) {
        Properties config = StreamsSettings.of(stage.applicationId(), kafka.bootstrapServers(), stateDir,
                stage.topics().aggregateDlq().name(), Map.of());
        return StreamsRunner.start("aggregate", AggregateTopology.build(stage.topics(),
                stage.serdes().value(RegionDayContributions.class), emitInterval), config);
    }

    /** An event, or with a null event the tombstone that retracts the id. */
    private static void produce(EmbeddedKafka kafka, StrikelineTopics topics, String eventId, StrikeEvent event) {
        try (KafkaProducer<String, StrikeEvent> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                topics.strikeEvents().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topics.strikeEvents().name(), eventId, event));
        }
    }

    private static long committedOffset(Admin admin, String group, TopicPartition partition) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin
                .listConsumerGroupOffsets(Map.of(group, new ListConsumerGroupOffsetsSpec()))
                .partitionsToOffsetAndMetadata(group).get();
        OffsetAndMetadata committed = offsets.get(partition);
        return committed == null ? -1L : committed.offset();
    }

    private static Map<String, RegionDayTally> tallies(EmbeddedKafka kafka, StrikelineTopics topics) {
        return TopicSnapshot.read(kafka.bootstrapServers(), Map.of(), topics.tallies().name(),
                topics.tallies().valueSerde().deserializer());
    }
}
