package io.strikeline.alerts.rules;

import static io.strikeline.alerts.TestTallies.tally;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.AlertSeverity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdRuleTest {

    private static final SeverityLadder LADDER = new SeverityLadder(Map.of(AlertSeverity.WARNING, 3.0,
            AlertSeverity.CRITICAL, 6.0));
    private final ThresholdRule events = new ThresholdRule("events-per-day", Scope.REGIONS, Measure.EVENTS, LADDER);

    @Test
    void shouldNotFireBelowTheLowestThreshold() {
        assertThat(events.evaluate(tally("UA-63", "2025-07-23", 2, 0, 0), RegionHistory.none())).isEmpty();
    }

    @Test
    void shouldFireTheHighestSeverityWhoseThresholdIsReachedAndSayWhy() {
        assertThat(events.evaluate(tally("UA-63", "2025-07-23", 3, 0, 0), RegionHistory.none())).get()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(AlertSeverity.WARNING);
                    assertThat(finding.message()).isEqualTo(
                            "Region UA-63 (UA-63) on 2025-07-23: 3 events, at or above the WARNING threshold of 3");
                });
        assertThat(events.evaluate(tally("UA-63", "2025-07-23", 7, 0, 0), RegionHistory.none()))
                .get().extracting(Finding::severity).isEqualTo(AlertSeverity.CRITICAL);
    }

    @Test
    void shouldReadTheMeasureItIsConfiguredWith() {
        ThresholdRule killed = new ThresholdRule("killed", Scope.ALL, Measure.KILLED,
                new SeverityLadder(Map.of(AlertSeverity.WARNING, 1.0)));

        assertThat(killed.evaluate(tally("UA-63", "2025-07-23", 9, 400, 0), RegionHistory.none())).isEmpty();
        assertThat(killed.evaluate(tally("UA-63", "2025-07-23", 1, 0, 1), RegionHistory.none())).get()
                .extracting(Finding::message).asString().contains("1 killed");
    }

    @Test
    void scopesTellRegionsFromTheNationalTotal() {
        assertThat(Scope.REGIONS.covers("UA-63")).isTrue();
        assertThat(Scope.REGIONS.covers("UA")).isFalse();
        assertThat(Scope.NATIONAL.covers("UA")).isTrue();
        assertThat(Scope.NATIONAL.covers("UA-63")).isFalse();
        assertThat(Scope.ALL.covers("UA")).isTrue();
    }
}
