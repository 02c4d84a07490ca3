package io.strikeline.aggregate;

import static io.strikeline.aggregate.TestEvents.report;
import static io.strikeline.avro.WeaponClass.DRONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.RegionDayEvents;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AggregateTopologyTest {

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
        driver = new TopologyTestDriver(AggregateTopology.build(topics, serdes.value(RegionDayEvents.class)), config);
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

    @Test
    void shouldTallyARegionDayAndMergeOverlappingReportsFromDifferentSources() {
        events.pipeInput("hq", shahed("hq", "kpszsu/1", "UA", "2025-07-22T18:00", "2025-07-23T08:00", 71));
        events.pipeInput("south", shahed("south", "PvKPivden/1", "UA", "2025-07-22T20:00", "2025-07-23T06:00", 30));

        Map<String, RegionDayTally> latest = tallies.readKeyValuesToMap();

        assertThat(latest).containsOnlyKeys("UA|2025-07-23");
        assertThat(latest.get("UA|2025-07-23").getEvents()).isEqualTo(1);
        assertThat(latest.get("UA|2025-07-23").getLaunched()).isEqualTo(71);
        assertThat(latest.get("UA|2025-07-23").getDistinctSources()).isEqualTo(2);
    }

    @Test
    void shouldRetractTheOldContributionWhenAnEventIsRevised() {
        events.pipeInput("r1", shahed("r1", "kpszsu/1", "UA-59", "2025-07-22T18:00", "2025-07-23T08:00", 10));
        events.pipeInput("r1", shahed("r1", "kpszsu/1", "UA-59", "2025-07-22T18:00", "2025-07-23T08:00", 12));

        RegionDayTally tally = tallies.readKeyValuesToMap().get("UA-59|2025-07-23");

        assertThat(tally.getEvents()).isEqualTo(1);
        assertThat(tally.getLaunched()).isEqualTo(12);
    }

    @Test
    void shouldMoveAnEventWhoseDateIsCorrectedAndTombstoneTheEmptiedDay() {
        events.pipeInput("r1", shahed("r1", "kpszsu/1", "UA", "2025-07-22T18:00", "2025-07-23T08:00", 10));
        events.pipeInput("r1", shahed("r1", "kpszsu/1", "UA", "2025-07-23T18:00", "2025-07-24T08:00", 10));

        Map<String, RegionDayTally> latest = tallies.readKeyValuesToMap();

        assertThat(latest).containsKey("UA|2025-07-23");
        assertThat(latest.get("UA|2025-07-23")).as("tombstoned").isNull();
        assertThat(latest.get("UA|2025-07-24").getLaunched()).isEqualTo(10);
    }

    @Test
    void shouldTombstoneTheTallyWhenItsOnlyEventIsDeleted() {
        events.pipeInput("r1", shahed("r1", "kpszsu/1", "UA-63", "2025-07-22T18:00", "2025-07-23T08:00", 3));
        events.pipeInput("r1", (StrikeEvent) null);

        Map<String, RegionDayTally> latest = tallies.readKeyValuesToMap();

        assertThat(latest).containsEntry("UA-63|2025-07-23", null);
    }

    @Test
    void shouldCountAReportAboutADayMonthsAgo() {
        events.pipeInput("new", shahed("new", "kpszsu/2", "UA", "2025-07-22T18:00", "2025-07-23T08:00", 5));
        events.pipeInput("old", shahed("old", "kpszsu/1", "UA", "2025-01-09T18:00", "2025-01-10T08:00", 7));

        assertThat(tallies.readKeyValuesToMap().get("UA|2025-01-10").getLaunched()).isEqualTo(7);
    }

    @Test
    void shouldNameEveryStoreAndRepartitionTopic() {
        Topology topology = AggregateTopology.build(topics, serdes.value(RegionDayEvents.class));
        String description = topology.describe().toString();

        assertThat(description).contains(AggregateTopology.EVENTS_STORE, AggregateTopology.REGION_DAY_STORE,
                AggregateTopology.REPARTITION);
        for (TopologyDescription.Subtopology subtopology : topology.describe().subtopologies()) {
            subtopology.nodes().forEach(node -> assertThat(node.name()).doesNotStartWith("KSTREAM-").doesNotStartWith("KTABLE-"));
        }
    }
}
