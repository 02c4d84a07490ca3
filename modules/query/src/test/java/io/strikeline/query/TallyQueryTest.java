package io.strikeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TallyQueryTest {

    @Test
    void shouldReadOneRegionADateRangeAndAnInstant() {
        TallyQuery query = TallyQuery.of("ua-59", "2025-07-01", "2025-07-31", "2025-07-24T08:00:00Z");

        assertThat(query.regions()).singleElement().satisfies(region -> assertThat(region.iso()).isEqualTo("UA-59"));
        assertThat(query.from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(query.to()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(query.asOf()).contains(Instant.parse("2025-07-24T08:00:00Z"));
    }

    @Test
    void shouldAskEveryRegionAndTheNationalRowWhenNoRegionIsGiven() {
        TallyQuery query = TallyQuery.of(null, "2025-07-01", "2025-07-01", null);

        assertThat(query.regions()).hasSize(28).extracting(region -> region.iso()).contains("UA", "UA-30", "UA-32");
        assertThat(query.asOf()).isEmpty();
    }

    @Test
    void shouldAcceptAYearAndADayButNotMore() {
        assertThat(TallyQuery.of(null, "2024-01-01", "2024-12-31", null).to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThatThrownBy(() -> TallyQuery.of(null, "2024-01-01", "2025-01-01", null))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("367 days");
    }

    @Test
    void shouldNameTheParameterThatIsWrong() {
        assertThatThrownBy(() -> TallyQuery.of("UA-00", "2025-07-01", "2025-07-02", null))
                .hasMessageContaining("unknown region 'UA-00'");
        assertThatThrownBy(() -> TallyQuery.of(null, "July 1", "2025-07-02", null)).hasMessageContaining("from 'July 1'");
        assertThatThrownBy(() -> TallyQuery.of(null, "2025-07-01", null, null)).hasMessageContaining("to is required");
        assertThatThrownBy(() -> TallyQuery.of(null, "2025-07-03", "2025-07-02", null)).hasMessageContaining("is after to");
        assertThatThrownBy(() -> TallyQuery.of(null, "2025-07-01", "2025-07-02", "2025-07-24"))
                .hasMessageContaining("asOf '2025-07-24' is not an instant");
    }
}
