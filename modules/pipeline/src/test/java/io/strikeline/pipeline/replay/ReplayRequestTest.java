package io.strikeline.pipeline.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.pipeline.PipelineStage;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayRequestTest {

    private static final DayRange JULY = DayRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31));

    @Test
    void shouldRunTheStagesItsSourcesNeed() {
        assertThat(new ReplayRequest(Set.of(ReplaySource.STRIKE_REPORTS_RAW, ReplaySource.ARTICLES_RAW), JULY, "v2")
                .stages()).containsExactlyInAnyOrder(PipelineStage.ENRICH, PipelineStage.AGGREGATE);
        assertThat(new ReplayRequest(Set.of(ReplaySource.STRIKE_EVENTS), JULY, "v2").stages())
                .containsExactly(PipelineStage.AGGREGATE);
    }

    @Test
    void shouldRefuseStrikeEventsTogetherWithARawTopic() {
        assertThatThrownBy(() -> new ReplayRequest(Set.of(ReplaySource.STRIKE_EVENTS, ReplaySource.ARTICLES_RAW),
                JULY, "v2")).hasMessageContaining("counted a second time");
    }

    @Test
    void shouldRefuseNoSource() {
        assertThatThrownBy(() -> new ReplayRequest(Set.of(), JULY, "v2")).hasMessageContaining("Name the topic");
    }

    @Test
    void shouldAppendTheSuffixWithADashAndRefuseOneThatIsNotAName() {
        assertThat(new ReplayRequest(Set.of(ReplaySource.STRIKE_EVENTS), JULY, "v2.fix_1").nameSuffix())
                .isEqualTo("-v2.fix_1");
        for (String bad : new String[] {"", "-v2", "v 2", "v2/x", "x".repeat(101)}) {
            assertThatThrownBy(() -> new ReplayRequest(Set.of(ReplaySource.STRIKE_EVENTS), JULY, bad))
                    .as(bad).hasMessageContaining("is not a name such as v2");
        }
    }

    @Test
    void shouldTakeBothEndsOfARangeAndRefuseOneThatEndsBeforeItStarts() {
        assertThat(JULY.contains(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(JULY.contains(LocalDate.of(2025, 7, 31))).isTrue();
        assertThat(JULY.contains(LocalDate.of(2025, 8, 1))).isFalse();
        assertThat(DayRange.of(LocalDate.of(2025, 7, 1), null).contains(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(JULY).hasToString("2025-07-01 to 2025-07-31");
        assertThat(DayRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1))).hasToString("2025-07-01");
        assertThat(DayRange.of(LocalDate.of(2025, 7, 1), null)).hasToString("2025-07-01 on");
        assertThatThrownBy(() -> DayRange.of(LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 1)))
                .hasMessageContaining("after its last day");
    }
}
