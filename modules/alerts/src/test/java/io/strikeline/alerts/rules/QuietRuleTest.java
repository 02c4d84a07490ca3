package io.strikeline.alerts.rules;

import static io.strikeline.alerts.TestTallies.events;
import static io.strikeline.alerts.TestTallies.history;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.AlertSeverity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuietRuleTest {

    private final QuietRule quiet = new QuietRule("first-after-quiet", Scope.REGIONS,
            new SeverityLadder(Map.of(AlertSeverity.INFO, 7.0, AlertSeverity.WARNING, 30.0)));

    @Test
    void shouldFireOnTheFirstAttackAfterEnoughQuietDays() {
        // 2025-07-15 to 2025-07-22 without an attack: 8 quiet days.
        assertThat(quiet.evaluate(events("UA-18", "2025-07-23", 1), history(List.of(events("UA-18", "2025-07-14", 1)))))
                .get().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(AlertSeverity.INFO);
                    assertThat(finding.message()).contains("the first attack after 8 quiet days (the previous on 2025-07-14");
                });
    }

    @Test
    void shouldRaiseTheSeverityWithTheLengthOfTheQuiet() {
        assertThat(quiet.evaluate(events("UA-18", "2025-07-23", 1), history(List.of(events("UA-18", "2025-06-01", 2)))))
                .get().extracting(Finding::severity).isEqualTo(AlertSeverity.WARNING);
    }

    @Test
    void shouldNotFireWhenTheRegionWasAttackedWithinTheQuietDays() {
        assertThat(quiet.evaluate(events("UA-18", "2025-07-23", 1), history(List.of(events("UA-18", "2025-07-16", 1)))))
                .isEmpty();
    }

    @Test
    void shouldNotTakeAnEmptyHistoryForAQuietOne() {
        assertThat(quiet.evaluate(events("UA-18", "2025-07-23", 5), RegionHistory.none())).isEmpty();
    }
}
