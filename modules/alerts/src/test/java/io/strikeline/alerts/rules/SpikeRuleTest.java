package io.strikeline.alerts.rules;

import static io.strikeline.alerts.TestTallies.events;
import static io.strikeline.alerts.TestTallies.history;
import static io.strikeline.alerts.TestTallies.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.avro.AlertSeverity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpikeRuleTest {

    private static final SeverityLadder LADDER = new SeverityLadder(Map.of(AlertSeverity.WARNING, 3.0,
            AlertSeverity.CRITICAL, 6.0));
    private final SpikeRule ratio = new SpikeRule("spike-7d", Scope.REGIONS, Measure.EVENTS, 7, SpikeStatistic.RATIO,
            1.0, 3, LADDER);

    @Test
    void shouldFireWhenTheDayIsSeveralTimesTheTrailingSevenDayMean() {
        // 7 events over the 7 days before: a mean of 1; a day of 4 is 4 times that.
        RegionHistory week = history(List.of(events("UA-63", "2025-07-16", 2), events("UA-63", "2025-07-18", 3),
                events("UA-63", "2025-07-22", 2)));

        assertThat(ratio.evaluate(events("UA-63", "2025-07-23", 4), week)).get().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(AlertSeverity.WARNING);
            assertThat(finding.message()).contains("4 events, 4.00 times the trailing 7-day mean of 1.00");
        });
        assertThat(ratio.evaluate(events("UA-63", "2025-07-23", 6), week)).get()
                .extracting(Finding::severity).isEqualTo(AlertSeverity.CRITICAL);
    }

    @Test
    void shouldNotFireForADayInLineWithItsTrailingDays() {
        RegionHistory busy = history(List.of(events("UA-63", "2025-07-17", 5), events("UA-63", "2025-07-19", 6),
                events("UA-63", "2025-07-21", 5), events("UA-63", "2025-07-22", 4)));

        assertThat(ratio.evaluate(events("UA-63", "2025-07-23", 6), busy)).isEmpty();
    }

    @Test
    void shouldIgnoreDaysOutsideTheTrailingWindow() {
        // The 20 events of 2025-07-15 lie 8 days back: the mean of the 7 days before is 0, raised to the baseline 1.
        RegionHistory older = history(List.of(events("UA-63", "2025-07-15", 20)));

        assertThat(ratio.evaluate(events("UA-63", "2025-07-23", 3), older)).get()
                .extracting(Finding::severity).isEqualTo(AlertSeverity.WARNING);
    }

    @Test
    void shouldNotCallAFirstSmallAttackASpike() {
        // A mean of 0 is raised to the minimum baseline, and a day below min_value is never a spike.
        assertThat(ratio.evaluate(events("UA-63", "2025-07-23", 1), RegionHistory.none())).isEmpty();
        assertThat(ratio.evaluate(events("UA-63", "2025-07-23", 2), RegionHistory.none())).isEmpty();
    }

    @Test
    void shouldMeasureAZScoreAgainstTheTrailingSpread() {
        SpikeRule zscore = new SpikeRule("spike-z", Scope.ALL, Measure.LAUNCHED, 7, SpikeStatistic.ZSCORE, 1.0, 1,
                new SeverityLadder(Map.of(AlertSeverity.WARNING, 3.0)));
        // launched 10, 20, 10, 20, 10, 20, 10: mean 14.29, standard deviation 4.95.
        RegionHistory week = history(List.of(
                tally("UA", "2025-07-16", 1, 10, 0),
                tally("UA", "2025-07-17", 1, 20, 0),
                tally("UA", "2025-07-18", 1, 10, 0),
                tally("UA", "2025-07-19", 1, 20, 0),
                tally("UA", "2025-07-20", 1, 10, 0),
                tally("UA", "2025-07-21", 1, 20, 0),
                tally("UA", "2025-07-22", 1, 10, 0)));

        assertThat(zscore.evaluate(tally("UA", "2025-07-23", 1, 25, 0), week)).isEmpty();
        assertThat(zscore.evaluate(tally("UA", "2025-07-23", 1, 30, 0), week)).get()
                .extracting(Finding::message).asString().contains("3.18 standard deviations above the trailing 7-day mean of 14.29");
    }

    @Test
    void shouldRefuseAWindowOfNoDaysAndABaselineOfZero() {
        assertThatThrownBy(() -> new SpikeRule("s", Scope.ALL, Measure.EVENTS, 0, SpikeStatistic.RATIO, 1, 1, LADDER))
                .hasMessageContaining("days must be at least 1");
        assertThatThrownBy(() -> new SpikeRule("s", Scope.ALL, Measure.EVENTS, 7, SpikeStatistic.RATIO, 0, 1, LADDER))
                .hasMessageContaining("min_baseline must be above 0");
    }
}
