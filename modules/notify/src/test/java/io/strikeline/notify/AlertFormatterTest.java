package io.strikeline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.Alert;
import io.strikeline.avro.AlertSeverity;
import org.junit.jupiter.api.Test;

class AlertFormatterTest {

    private final AlertFormatter formatter = new AlertFormatter();

    @Test
    void shouldPutSeverityDateRegionRuleAndMessageOnOneLine() {
        Alert alert = SampleAlerts.alert("launched-over-100", "UA-30", AlertSeverity.CRITICAL);

        assertThat(formatter.format(alert))
                .isEqualTo("CRITICAL 2025-07-24 UA-30 (Kyiv) launched-over-100: 120 launched, threshold 100");
    }

    @Test
    void shouldPadSeveritiesSoColumnsLineUp() {
        assertThat(formatter.format(SampleAlerts.alert("spike-7d", "UA-30", AlertSeverity.INFO)))
                .startsWith("INFO     2025-07-24 ");
        assertThat(formatter.format(SampleAlerts.alert("spike-7d", "UA-30", AlertSeverity.WARNING)))
                .startsWith("WARNING  2025-07-24 ");
    }

    @Test
    void shouldKeepAMultiLineMessageOnOneLine() {
        Alert alert = SampleAlerts.alert("spike-7d");
        alert.setMessage("  5 events\r\n  against a 7-day mean of 1.2\n");

        assertThat(formatter.format(alert)).endsWith("spike-7d: 5 events against a 7-day mean of 1.2")
                .doesNotContain("\n", "\r");
    }

    @Test
    void shouldLeaveOutAnEmptyRegionName() {
        Alert alert = SampleAlerts.alert("killed-over-10");
        alert.getTally().setRegionName("");

        assertThat(formatter.format(alert)).contains(" UA-30 killed-over-10: ");
    }
}
