package io.strikeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import io.strikeline.pipeline.replay.DayRange;
import io.strikeline.pipeline.replay.Replay;
import io.strikeline.pipeline.replay.ReplayRequest;
import io.strikeline.pipeline.replay.ReplaySource;
import io.strikeline.pipeline.replay.ReplaySummary;
import io.strikeline.pipeline.replay.SuffixInUseException;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays on a real broker against the live run they replay: a generated report history with revisions,
 * corrected dates (reports moving to the next or previous day) and deletions, some undone, goes through the
 * live stages; a replay of three months, from strike-reports.raw or from strike-events, must give exactly the
 * live tallies of those months and no tally of another day.
 */
class ReplayIT {

    private static final Duration SETTLE = Duration.ofMinutes(3);
    private static final DayRange SUMMER = DayRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31));

    @RegisterExtension
    static final RegistryOnSharedKafka STACK = new RegistryOnSharedKafka();

    @TempDir
    static Path stateDir;

    private static ReportHistory history;
    private static PipelineConfig live;
    private static AvroSerdes serdes;
    private static StrikelineTopics liveTopics;
    private static Map<String, RegionDayTally> liveTallies;

    @BeforeAll
    static void runTheLiveStagesOnTheHistory() throws InterruptedException {
        history = ReportHistory.generate(2_000, 20260502L);
        live = PipelineConfig.of(STACK.bootstrapServers(), STACK.registryUrl(), stateDir)
                .isolated("-" + SharedKafka.uniqueName("live")).withPartitions(2);
        serdes = AvroSerdes.forRegistry(STACK.registryUrl());
        // Serdes of the test's own: the pipeline's close with it.
        liveTopics = new StrikelineTopics(serdes, live.partitions(), live.topicSuffix());
        try (Pipeline pipeline = Pipeline.start(live)) {
            history.produce(STACK.bootstrapServers(), liveTopics.strikeReports());
            pipeline.awaitSettled(SETTLE);
        }
        liveTallies = tallies(liveTopics.tallies().name());
    }

    @AfterAll
    static void closeSerdes() {
        serdes.close();
    }

    @Test
    void aReplayOfTheReportsOfThreeMonthsGivesTheLiveTalliesOfThoseDaysAndOfNoOther() throws Exception {
        assertThat(reportsCorrectedAcross(SUMMER)).as("the history moves reports into and out of the range")
                .isNotEmpty();

        ReplaySummary summary = Replay.run(live,
                new ReplayRequest(Set.of(ReplaySource.STRIKE_REPORTS_RAW), SUMMER, "v2"), SETTLE);

        assertThat(tallies(summary.talliesTopic())).hasSizeGreaterThan(100).isEqualTo(within(SUMMER, liveTallies));
        ReplaySummary.Copy copy = summary.copies().get(0);
        assertThat(copy.from()).isEqualTo(liveTopics.strikeReports().name());
        assertThat(copy.to()).isEqualTo(liveTopics.strikeReports().name() + "-v2");
        assertThat(copy.read()).isEqualTo(history.versions().size());
        assertThat(copy.copied()).as("the latest version of each report of the range")
                .isEqualTo(history.finalState().values().stream().filter(report -> SUMMER.contains(day(report))).count());
        assertThat(summary.applicationIds()).containsExactly(PipelineStage.ENRICH.applicationId(live) + "-v2",
                PipelineStage.AGGREGATE.applicationId(live) + "-v2");
    }

    @Test
    void aReplayOfTheEventsOfThreeMonthsGivesTheLiveTalliesOfThoseDaysAndRefusesItsSuffixAfterwards()
            throws Exception {
        ReplayRequest request = new ReplayRequest(Set.of(ReplaySource.STRIKE_EVENTS), SUMMER, "events");

        ReplaySummary summary = Replay.run(live, request, SETTLE);

        Map<String, RegionDayTally> replayed = tallies(summary.talliesTopic());
        assertThat(replayed).hasSizeGreaterThan(100).isEqualTo(within(SUMMER, liveTallies));
        assertThat(summary.copies().get(0).copied()).isEqualTo(liveEvents().values().stream()
                .filter(event -> SUMMER.contains(event.getEventDate())).count());
        assertThat(summary.applicationIds()).containsExactly(PipelineStage.AGGREGATE.applicationId(live) + "-events");

        assertThatThrownBy(() -> Replay.run(live, request, SETTLE)).isInstanceOf(SuffixInUseException.class)
                .satisfies(refused -> assertThat(((SuffixInUseException) refused).found()).contains(
                        "topic " + liveTopics.strikeEvents().name() + "-events",
                        "consumer group " + PipelineStage.AGGREGATE.applicationId(live) + "-events"));
        assertThat(tallies(summary.talliesTopic())).isEqualTo(replayed);
    }

    /** The reports whose versions lie on both sides of an end of the range. */
    private static Set<String> reportsCorrectedAcross(DayRange range) {
        return history.versions().stream().filter(version -> version.getValue() != null)
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(version -> range.contains(day(version.getValue())), Collectors.toSet())))
                .entrySet().stream().filter(days -> days.getValue().size() == 2).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** The day the enrich stage counts a report on: the Kyiv day its window ends. */
    private static LocalDate day(StrikeReport report) {
        return report.getWindowEnd().atZone(ReportHistory.KYIV).toLocalDate();
    }

    private static Map<String, RegionDayTally> within(DayRange range, Map<String, RegionDayTally> tallies) {
        return tallies.entrySet().stream().filter(tally -> range.contains(tally.getValue().getDate()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, RegionDayTally> tallies(String topic) {
        return new TreeMap<>(TopicSnapshot.read(STACK.bootstrapServers(), Map.of(), topic,
                liveTopics.tallies().valueSerde().deserializer()));
    }

    private static Map<String, StrikeEvent> liveEvents() {
        return TopicSnapshot.read(STACK.bootstrapServers(), Map.of(), liveTopics.strikeEvents().name(),
                liveTopics.strikeEvents().valueSerde().deserializer());
    }
}
