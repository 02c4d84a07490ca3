package io.strikeline.enrich;

import static io.strikeline.enrich.ReportNormalizerTest.NORMALIZER;
import static io.strikeline.enrich.ReportNormalizerTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final Extractor NO_ARTICLE_EVENTS = article -> List.of();

    private final AvroSerdes serdes = AvroSerdes.inMemory();
    private final StrikelineTopics topics = new StrikelineTopics(serdes);
    private TopologyTestDriver driver;
    private TestInputTopic<String, StrikeReport> reports;
    private TestOutputTopic<String, StrikeEvent> events;

    @BeforeEach
    void start() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, EnrichTopology.APPLICATION_ID);
        config.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        driver = new TopologyTestDriver(EnrichTopology.build(topics, NORMALIZER, NO_ARTICLE_EVENTS), config);
        reports = driver.createInputTopic(topics.strikeReports().name(), new StringSerializer(),
                topics.strikeReports().valueSerde().serializer());
        events = driver.createOutputTopic(topics.strikeEvents().name(), new StringDeserializer(),
                topics.strikeEvents().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldKeepTheReportsAsSubTopologyZeroSoARunningStageKeepsItsTaskIdsWhenItStartsReadingArticles() {
        var subTopologies = EnrichTopology.build(topics, NORMALIZER, NO_ARTICLE_EVENTS).describe().subtopologies();

        assertThat(subTopologies).hasSize(2).allSatisfy(subTopology -> assertThat(subTopology.nodes()).hasSize(3));
        assertThat(subTopologies).filteredOn(subTopology -> subTopology.id() == 0).singleElement()
                .satisfies(reports -> assertThat(reports.nodes()).extracting(TopologyDescription.Node::name)
                        .contains(EnrichTopology.REPORTS.source()));
    }

    @Test
    void shouldEmitTheEventsOfAReportKeyedByEventId() {
        reports.pipeInput("r-1", report("Shahed-136/131", "Sumy oblast", List.of()).build());

        assertThat(events.readKeyValuesToMap()).containsOnlyKeys("r-1|UA|2025-07-23|DRONE", "r-1|UA-59|2025-07-23|DRONE");
    }

    @Test
    void shouldReEmitTheSameIdsForARevisionAndTombstoneARegionItNoLongerNames() {
        reports.pipeInput("r-1", report("Shahed-136/131", "Ukraine", List.of("Sumy oblast", "Kharkiv oblast")).build());
        events.readRecordsToList();

        reports.pipeInput("r-1", report("Shahed-136/131", "Ukraine", List.of("Sumy oblast")).setLaunched(75).build());

        List<TestRecord<String, StrikeEvent>> revision = events.readRecordsToList();
        assertThat(revision).extracting(TestRecord::key).containsExactly("r-1|UA|2025-07-23|DRONE",
                "r-1|UA-59|2025-07-23|DRONE", "r-1|UA-63|2025-07-23|DRONE");
        assertThat(revision.get(0).value().getLaunched()).isEqualTo(75);
        assertThat(revision.get(2).value()).as("Kharkiv retracted").isNull();
    }

    @Test
    void shouldRetractEveryEventOfADeletedReportAndForgetIt() {
        reports.pipeInput("r-1", report("Shahed-136/131", "Sumy oblast", List.of()).build());
        events.readRecordsToList();

        reports.pipeInput("r-1", (StrikeReport) null);
        Map<String, StrikeEvent> after = events.readKeyValuesToMap();
        reports.pipeInput("r-1", (StrikeReport) null);

        assertThat(after).containsOnlyKeys("r-1|UA|2025-07-23|DRONE", "r-1|UA-59|2025-07-23|DRONE");
        assertThat(after.values()).containsOnlyNulls();
        assertThat(events.isEmpty()).as("a second deletion retracts nothing more").isTrue();
    }

    @Test
    void shouldMoveEventsToTheCorrectedDateWhenAReportsWindowIsFixed() {
        reports.pipeInput("r-1", report("Shahed-136/131", "Ukraine", List.of()).build());
        events.readRecordsToList();

        StrikeReport corrected = report("Shahed-136/131", "Ukraine", List.of())
                .setWindowStart(java.time.Instant.parse("2025-07-23T15:00:00Z"))
                .setWindowEnd(java.time.Instant.parse("2025-07-24T05:00:00Z")).build();
        reports.pipeInput("r-1", corrected);

        Map<String, StrikeEvent> latest = events.readKeyValuesToMap();
        assertThat(latest.get("r-1|UA|2025-07-24|DRONE")).isNotNull();
        assertThat(latest).containsEntry("r-1|UA|2025-07-23|DRONE", null);
    }
}
