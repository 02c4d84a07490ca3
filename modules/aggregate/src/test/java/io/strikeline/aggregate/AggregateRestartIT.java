package io.strikeline.aggregate;

import static io.strikeline.aggregate.TestEvents.report;
import static io.strikeline.avro.WeaponClass.DRONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.runtime.StreamsRunner;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
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
    private static final Duration EMIT = AggregateTopology.DEFAULT_EMIT_INTERVAL;
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

    private final AvroSerdes serdes = AvroSerdes.inMemory();

    @Test
    void emitsTheTallyOfAnEventCommittedBeforeAShutdownThatCameBeforeTheEmit(EmbeddedKafka kafka) throws Exception {
        String bootstrap = kafka.bootstrapServers();
        AggregateStage stage;
        try (Admin admin = AggregateStage.admin(bootstrap)) {
            stage = AggregateStage.create(admin, "restart", 1);
            StrikelineTopics topics = stage.topics(serdes);
            try (StreamsRunner first = stage.start(bootstrap, serdes, firstStateDir, NEVER)) {
                assertThat(first.awaitRunning(TIMEOUT)).isTrue();
                produce(kafka, topics, EVENT.getEventId(), EVENT);
                TopicPartition input = new TopicPartition(topics.strikeEvents().name(), 0);
                await().atMost(TIMEOUT).until(() -> stage.committedOffsets(admin).getOrDefault(input, -1L) == 1L);
            }
            assertThat(stage.tallies(bootstrap, serdes)).as("the first instance never reached its emit").isEmpty();
        }

        try (StreamsRunner second = stage.start(bootstrap, serdes, secondStateDir, EMIT)) {
            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(stage.tallies(bootstrap, serdes))
                    .hasEntrySatisfying("UA-59|2025-07-23", tally -> {
                        assertThat(tally.getEvents()).isEqualTo(1);
                        assertThat(tally.getLaunched()).isEqualTo(40);
                    }));
        }
    }

    @Test
    void retractsTheTallyOfARegionDayEmptiedBeforeAShutdownThatCameBeforeTheEmit(EmbeddedKafka kafka) throws Exception {
        String bootstrap = kafka.bootstrapServers();
        AggregateStage stage;
        try (Admin admin = AggregateStage.admin(bootstrap)) {
            stage = AggregateStage.create(admin, "retract", 1);
            StrikelineTopics topics = stage.topics(serdes);
            TopicPartition input = new TopicPartition(topics.strikeEvents().name(), 0);
            try (StreamsRunner first = stage.start(bootstrap, serdes, firstStateDir, EMIT)) {
                produce(kafka, topics, EVENT.getEventId(), EVENT);
                await().atMost(TIMEOUT).until(() -> stage.tallies(bootstrap, serdes).containsKey("UA-59|2025-07-23"));
            }
            try (StreamsRunner second = stage.start(bootstrap, serdes, secondStateDir, NEVER)) {
                produce(kafka, topics, EVENT.getEventId(), null);
                await().atMost(TIMEOUT).until(() -> stage.committedOffsets(admin).getOrDefault(input, -1L) == 2L);
            }
            assertThat(stage.tallies(bootstrap, serdes)).as("the second instance never reached its emit")
                    .containsKey("UA-59|2025-07-23");
        }

        try (StreamsRunner third = stage.start(bootstrap, serdes, thirdStateDir, EMIT)) {
            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(stage.tallies(bootstrap, serdes))
                    .doesNotContainKey("UA-59|2025-07-23"));
        }
    }

    /** An event, or with a null event the tombstone that retracts the id. */
    private static void produce(EmbeddedKafka kafka, StrikelineTopics topics, String eventId, StrikeEvent event) {
        try (KafkaProducer<String, StrikeEvent> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                topics.strikeEvents().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topics.strikeEvents().name(), eventId, event));
        }
    }
}
