package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.DateBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

    private static DatedSentence date(String sentence) {
        return Dates.of(sentence, MONDAY, MONDAY).orElseThrow();
    }

    @Test
    void shouldReadExplicitDatesWithAndWithoutAYear() {
        assertThat(date("On Jan. 4 a drone hit a school.")).isEqualTo(new DatedSentence(LocalDate.of(2025, 1, 4), DateBasis.EXPLICIT));
        assertThat(date("On 19.12.2024 a missile hit Odesa.").date()).isEqualTo(LocalDate.of(2024, 12, 19));
        assertThat(date("On December 30 Russia struck Kharkiv.").date())
                .as("a day after publication without a year is last year's").isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @Test
    void shouldDateANightRangeByItsEnd() {
        assertThat(date("On the night of 4-5 January drones attacked.")).isEqualTo(
                new DatedSentence(LocalDate.of(2025, 1, 5), DateBasis.OVERNIGHT_END));
    }

    @Test
    void shouldResolveAWeekdayToTheLatestOnOrBeforePublication() {
        assertThat(date("Late on Saturday night shells hit the town.").date()).isEqualTo(LocalDate.of(2025, 1, 4));
        assertThat(date("On Monday morning a drone struck.").date()).isEqualTo(MONDAY);
    }

    @Test
    void shouldResolveRelativeDays() {
        assertThat(date("Yesterday a missile hit the port.")).isEqualTo(new DatedSentence(MONDAY.minusDays(1), DateBasis.RELATIVE_DAY));
        assertThat(date("Drones attacked overnight.")).isEqualTo(new DatedSentence(MONDAY, DateBasis.OVERNIGHT_END));
        assertThat(date("Over the past day, 12 settlements were shelled.")).isEqualTo(
                new DatedSentence(MONDAY.minusDays(1), DateBasis.PAST_DAY_WINDOW));
    }

    @Test
    void shouldDateAWindowByItsEnd() {
        assertThat(date("Between late Saturday and early yesterday, 50 drones were launched.").date())
                .isEqualTo(MONDAY.minusDays(1));
    }

    @Test
    void shouldIgnoreTheDayAStatementWasMade() {
        assertThat(Dates.of("The governor said on Sunday that shelling continued.", MONDAY, MONDAY)).isEmpty();
    }
}
