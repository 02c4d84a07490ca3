package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.pipeline.replay.DayRange;
import io.strikeline.pipeline.replay.ReplayRequest;
import io.strikeline.pipeline.replay.ReplaySource;
import io.strikeline.pipeline.replay.ReplaySummary;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayReportTest {

    @Test
    void shouldSayWhatWasCopiedWhichStagesRanAndWhatTheyWrote() {
        ReplayRequest request = new ReplayRequest(Set.of(ReplaySource.ARTICLES_RAW, ReplaySource.STRIKE_REPORTS_RAW),
                DayRange.of(LocalDate.of(2025, 7, 23), LocalDate.of(2025, 7, 24)), "v2");
        ReplaySummary summary = new ReplaySummary(request, List.of(
                new ReplaySummary.Copy("strike-reports.raw", "strike-reports.raw-v2", 7, 4, 0),
                new ReplaySummary.Copy("articles.raw", "articles.raw-v2", 5, 4, 1)),
                List.of("strikeline-enrich-v2", "strikeline-aggregate-v2"), "strike-events-v2", 12,
                "tallies.region-day-v2", 5, Duration.ofMillis(2345));

        assertThat(ReplayReport.lines(summary)).containsExactly(
                "strikeline replay: strike-reports.raw, articles.raw, days 2025-07-23 to 2025-07-24, suffix -v2",
                "  copied    strike-reports.raw -> strike-reports.raw-v2: read 7, copied 4, skipped 3 (other days,"
                        + " earlier versions, retracted)",
                "  copied    articles.raw -> articles.raw-v2: read 5, copied 4, skipped 0 (other days, earlier"
                        + " versions, retracted), unreadable 1 (no key or a value that cannot be read: passed over,"
                        + " as the live stage dead-letters them)",
                "  stages    strikeline-enrich-v2, strikeline-aggregate-v2: caught up in 2.3 s",
                "  wrote     12 strike events -> strike-events-v2, 5 region-day tallies -> tallies.region-day-v2");
    }
}
