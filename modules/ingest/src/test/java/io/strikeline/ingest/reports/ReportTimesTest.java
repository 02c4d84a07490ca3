package io.strikeline.ingest.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportTimesTest {

    @Test
    void shouldReadKyivLocalTimesAcrossSummerAndWinterOffsets() {
        // Kyiv is UTC+3 in summer and UTC+2 in winter.
        assertThat(ReportTimes.parse("2025-07-23 08:00").instant()).isEqualTo(Instant.parse("2025-07-23T05:00:00Z"));
        assertThat(ReportTimes.parse("2025-01-10 08:00").instant()).isEqualTo(Instant.parse("2025-01-10T06:00:00Z"));
    }

    @Test
    void shouldTreatADateAloneAsTheStartOfThatKyivDay() {
        ReportTimes.ReportTime time = ReportTimes.parse("2025-07-23");

        assertThat(time.hasTime()).isFalse();
        assertThat(time.instant()).isEqualTo(Instant.parse("2025-07-22T21:00:00Z"));
    }

    @Test
    void shouldAcceptSingleDigitHoursSecondsAndStrayWhiteSpace() {
        assertThat(ReportTimes.parse("2023-05-16 3:30").instant()).isEqualTo(Instant.parse("2023-05-16T00:30:00Z"));
        assertThat(ReportTimes.parse(" 2025-03-06 21:00 ").hasTime()).isTrue();
        assertThat(ReportTimes.parse("2025-03-06 21:00:15").instant()).isEqualTo(Instant.parse("2025-03-06T19:00:15Z"));
    }

    @Test
    void shouldRefuseAnythingElse() {
        assertThatThrownBy(() -> ReportTimes.parse("23.07.2025")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportTimes.parse("2025-02-30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> ReportTimes.parse("2025-07-23 25:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
