package io.strikeline.aggregate;

import static io.strikeline.aggregate.TestEvents.report;
import static io.strikeline.avro.WeaponClass.DRONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AggregateTopologyTest {

    private static final Duration EMIT = AggregateTopology.DEFAULT_EMIT_INTERVAL;
    private final AvroSerdes serdes = AvroSerdes.inMemory();
    private final StrikelineTopics topics = new StrikelineTopics(serdes);
    private TopologyTestDriver driver;
    private TestInputTopic<String, StrikeEvent> events;
    private TestOutputTopic<String, RegionDayTally> tallies;

    @BeforeEach
    void start() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, AggregateTopology.APPLICATION_ID);
        config.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        driver = new TopologyTestDriver(AggregateTopology.build(topics, serdes.value(RegionDayContributions.class)),
                config);
        events = driver.createInputTopic(topics.strikeEvents().name(), new StringSerializer(),
                topics.strikeEvents().valueSerde().serializer());
        tallies = driver.createOutputTopic(topics.tallies().name(), new StringDeserializer(),
                topics.tallies().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static StrikeEvent shahed(String id, String source, String region, String from, String to, int launched) {
        return report(id, source, region, DRONE, "Shahed-136/131", from, to, launched, null);
    }

    private void pipe(StrikeEvent... values) {
        for (StrikeEvent event : values) {
            events.pipeInput(event.getEventId(), event);
        }
    }

    private Map<String, RegionDayTally> emitted() {
        driver.advanceWallClockTime(EMIT);
        return tallies.readKeyValuesToMap();
    }

    @Test
    void shouldTallyARegionDayAndMergeOverlappingReportsFromDifferentSources() {
        pipe(shahed("hq", "kpszsu/1", "UA", "2025-07-22T18:00", "2025-07-23T08:00", 71),
                shahed("south", "PvKPivden/1", "UA", "2025-07-22T20:00", "2025-07-23T06:00", 30));

        Map<String, RegionDayTally> latest = emitted();

        assertThat(latest).containsOnlyKeys("UA|2025-07-23");
        assertThat(latest.get("UA|2025-07-23").getEvents()).isEqualTo(1);
        assertThat(latest.get("UA|2025-07-23").getLaunched()).isEqualTo(71);
        assertThat(latest.get("UA|2025-07-23").getDistinctSources()).isEqualTo(2);
    }

    @Test
    void shouldEmitOneTallyPerChangedRegionDayPerInterval() {
        for (int launched = 1; launched <= 50; launched++) {
            pipe(shahed("r1", "kpszsu/1", "UA-59", "2025-07-22T18:00", "2025-07-23T08:00", launched));
        }
        assertThat(tallies.isEmpty()).as("nothing before the interval ends").isTrue();

        driver.advanceWallClockTime(EMIT);

        assertThat(tallies.readValuesToList()).singleElement()
                .satisfies(tally -> assertThat(tally.getLaunched()).isEqualTo(50));
    }

    @Test
    void shouldRetractTheOldContributionWhenAnEventIsRevised() {
        pipe(shahed("r1", "kpszsu/1", "UA-59", "2025-07-22T18:00", "2025-07-23T08:00", 10));
        emitted();
        pipe(shahed("r1", "kpszsu/1", "UA-59", "2025-07-22T18:00", "2025-07-23T08:00", 12));

        RegionDayTally tally = emitted().get("UA-59|2025-07-23");

        assertThat(tally.getEvents()).isEqualTo(1);
        assertThat(tally.getLaunched()).isEqualTo(12);
    }

    @Test
    void shouldTombstoneTheTallyWhenItsOnlyEventIsDeleted() {
        StrikeEvent event = shahed("r1", "kpszsu/1", "UA-63", "2025-07-22T18:00", "2025-07-23T08:00", 3);
        pipe(event);
        emitted();

        events.pipeInput(event.getEventId(), (StrikeEvent) null);

        assertThat(emitted()).containsEntry("UA-63|2025-07-23", null);
    }

    @Test
    void shouldCountAReportAboutADayMonthsAgo() {
        pipe(shahed("new", "kpszsu/2", "UA", "2025-07-22T18:00", "2025-07-23T08:00", 5),
                shahed("old", "kpszsu/1", "UA", "2025-01-09T18:00", "2025-01-10T08:00", 7));

        assertThat(emitted().get("UA|2025-01-10").getLaunched()).isEqualTo(7);
    }

    @Test
    void shouldRefuseAnEventFiledUnderAKeyThatNamesAnotherRegionDay() {
        StrikeEvent event = shahed("r1", "kpszsu/1", "UA-63", "2025-07-22T18:00", "2025-07-23T08:00", 3);

        assertThatThrownBy(() -> events.pipeInput("r1|UA-59|2025-07-23|DRONE", event))
                .hasStackTraceContaining("arrived under key r1|UA-59|2025-07-23|DRONE");
    }

    @Test
    void shouldNameEveryNodeAndStoreAndNeedNoRepartitionTopic() {
        Topology topology = AggregateTopology.build(topics, serdes.value(RegionDayContributions.class));
        String description = topology.describe().toString();

        assertThat(description).contains(AggregateTopology.REGION_DAY_STORE).doesNotContain("repartition");
        for (TopologyDescription.Subtopology subtopology : topology.describe().subtopologies()) {
            subtopology.nodes().forEach(node -> assertThat(node.name()).doesNotStartWith("KSTREAM-"));
        }
        assertThat(topology.describe().subtopologies()).hasSize(1);
    }

    @Test
    void shouldKeepWhatWasKnownBeforeARetractionWhoseTimeIsTheTombstonesTimestamp() {
        Instant known = Instant.parse("2025-07-23T06:00:00Z");
        Instant retracted = Instant.parse("2025-07-23T10:00:00Z");
        StrikeEvent event = StrikeEvent.newBuilder(shahed("hq", "kpszsu/1", "UA-59", "2025-07-22T20:00",
                "2025-07-23T05:00", 40)).setIngestedAt(known).build();
        events.pipeInput(event.getEventId(), event, known);
        events.pipeInput(event.getEventId(), null, retracted);

        Map<String, RegionDayTally> latest = emitted();

        assertThat(latest).containsEntry("UA-59|2025-07-23", null);
        KeyValueStore<String, RegionDayContributions> store = driver.getKeyValueStore(AggregateTopology.REGION_DAY_STORE);
        RegionDayContributions state = store.get("UA-59|2025-07-23");
        assertThat(state).as("kept for the as-of view after its tombstone tally").isNotNull();
        assertThat(Tallies.asOf(state, retracted.minusMillis(1)).getLaunched()).isEqualTo(40);
        assertThat(Tallies.asOf(state, retracted)).isNull();
    }

    @Test
    void shouldForgetVersionsSupersededLongerAgoThanTheRetentionAndTheRegionDaysLeftWithNothing() {
        Properties config = new Properties();
        // beside the driver every test starts: its own application id, so its own state directory
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, AggregateTopology.APPLICATION_ID + "-short-memory");
        try (TopologyTestDriver shortMemory = new TopologyTestDriver(AggregateTopology.build(topics,
                serdes.value(RegionDayContributions.class), EMIT, Duration.ofDays(2)), config)) {
            TestInputTopic<String, StrikeEvent> input = shortMemory.createInputTopic(topics.strikeEvents().name(),
                    new StringSerializer(), topics.strikeEvents().valueSerde().serializer());
            Instant known = Instant.parse("2025-07-23T06:00:00Z");
            StrikeEvent retracted = shahed("hq", "kpszsu/1", "UA-59", "2025-07-22T20:00", "2025-07-23T05:00", 40);
            StrikeEvent kept = shahed("hq", "kpszsu/1", "UA-63", "2025-07-22T20:00", "2025-07-23T05:00", 10);
            StrikeEvent revised = StrikeEvent.newBuilder(kept).setLaunched(12).build();
            input.pipeInput(retracted.getEventId(), retracted, known);
            input.pipeInput(kept.getEventId(), kept, known);
            input.pipeInput(retracted.getEventId(), null, known.plusSeconds(60));
            input.pipeInput(revised.getEventId(), revised, known.plusSeconds(60));
            shortMemory.advanceWallClockTime(EMIT);
            KeyValueStore<String, RegionDayContributions> store =
                    shortMemory.getKeyValueStore(AggregateTopology.REGION_DAY_STORE);
            assertThat(store.get("UA-59|2025-07-23")).as("kept for the as-of view").isNotNull();

            StrikeEvent later = shahed("later", "kpszsu/2", "UA-51", "2025-07-29T20:00", "2025-07-30T05:00", 5);
            input.pipeInput(later.getEventId(), later, known.plus(Duration.ofDays(4)));

            assertThat(store.get("UA-59|2025-07-23")).as("nothing left to tell").isNull();
            assertThat(store.get("UA-63|2025-07-23").getSuperseded()).as("the old version forgotten").isEmpty();
            assertThat(store.get("UA-63|2025-07-23").getContributions()).singleElement()
                    .satisfies(current -> assertThat(current.getLaunched()).isEqualTo(12));
        }
    }
}
