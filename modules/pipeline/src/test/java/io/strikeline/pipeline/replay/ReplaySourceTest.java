package io.strikeline.pipeline.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import io.strikeline.enrich.ReportNormalizer;
import io.strikeline.enrich.WeaponCatalogue;
import io.strikeline.geo.Gazetteer;
import io.strikeline.pipeline.PipelineStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplaySourceTest {

    private static final ReportNormalizer NORMALIZER = new ReportNormalizer(WeaponCatalogue.load(), Gazetteer.load());

    private static StrikeReport report(String start, String end) {
        return StrikeReport.newBuilder()
                .setReportId("r-1")
                .setSource("kpszsu/posts/replay")
                .setWindowStart(Instant.parse(start))
                .setWindowStartHasTime(true)
                .setWindowEnd(end == null ? null : Instant.parse(end))
                .setWindowEndHasTime(end != null)
                .setModel("Shahed-136/131")
                .setTarget("Odesa oblast")
                .setLaunched(10)
                .setRawFields(Map.of())
                .setIngestedAt(Instant.parse("2025-07-24T06:00:00Z"))
                .build();
    }

    @Test
    void shouldDateAReportOnTheDayTheEnrichStageDatesItsEvents() {
        List<StrikeReport> reports = List.of(
                // overnight, 18:00 to 08:00 Kyiv time: counted on the morning's day, not the evening's
                report("2025-07-22T15:00:00Z", "2025-07-23T05:00:00Z"),
                // ends 00:30 Kyiv time, still the day before in UTC
                report("2025-07-23T18:00:00Z", "2025-07-23T21:30:00Z"),
                // no end given
                report("2025-07-24T06:00:00Z", null));

        for (StrikeReport report : reports) {
            List<LocalDate> eventDays = NORMALIZER.normalize(report).events().stream()
                    .map(StrikeEvent::getEventDate).distinct().toList();
            assertThat(eventDays).containsExactly(ReplaySource.reportDay(report));
        }
        assertThat(reports.stream().map(ReplaySource::reportDay)).containsExactly(
                LocalDate.of(2025, 7, 23), LocalDate.of(2025, 7, 24), LocalDate.of(2025, 7, 24));
    }

    @Test
    void shouldBeNamedByItsTopicAndRefuseAnyOther() {
        assertThat(ReplaySource.ofTopic("strike-reports.raw")).isEqualTo(ReplaySource.STRIKE_REPORTS_RAW);
        assertThat(ReplaySource.ofTopic("articles.raw")).isEqualTo(ReplaySource.ARTICLES_RAW);
        assertThat(ReplaySource.ofTopic("strike-events")).isEqualTo(ReplaySource.STRIKE_EVENTS);
        assertThatThrownBy(() -> ReplaySource.ofTopic("tallies.region-day"))
                .hasMessageContaining("one of [strike-reports.raw, articles.raw, strike-events]");
    }

    @Test
    void shouldRebuildFromARawTopicWithBothStagesAndFromStrikeEventsWithAggregateAlone() {
        assertThat(ReplaySource.STRIKE_REPORTS_RAW.stages())
                .containsExactlyInAnyOrder(PipelineStage.ENRICH, PipelineStage.AGGREGATE);
        assertThat(ReplaySource.ARTICLES_RAW.stages())
                .containsExactlyInAnyOrder(PipelineStage.ENRICH, PipelineStage.AGGREGATE);
        assertThat(ReplaySource.STRIKE_EVENTS.stages()).containsExactly(PipelineStage.AGGREGATE);
    }
}
