package io.strikeline.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void shouldBuildIdsThatNameTheirRegionAndDay() {
        String id = EventIds.of("r-1a2b", "UA-59", LocalDate.of(2025, 7, 23), "DRONE");

        assertThat(id).isEqualTo("r-1a2b|UA-59|2025-07-23|DRONE");
        assertThat(EventIds.regionDayKey(id)).isEqualTo("UA-59|2025-07-23");
    }

    @Test
    void shouldGiveReportEventsTheReportIdAsTheirSource() {
        assertThat(EventIds.forReport("r-1a2b", "UA-59", LocalDate.of(2025, 7, 23), "DRONE"))
                .isEqualTo("r-1a2b|UA-59|2025-07-23|DRONE");
    }

    @Test
    void shouldMarkArticleEventsSoAnArticleNeverSharesAnIdWithAReport() {
        String id = EventIds.forArticle("r-1a2b", "UA-51", LocalDate.of(2025, 7, 23), "DRONE");

        assertThat(id).isEqualTo("article:r-1a2b|UA-51|2025-07-23|DRONE")
                .isNotEqualTo(EventIds.forReport("r-1a2b", "UA-51", LocalDate.of(2025, 7, 23), "DRONE"));
        assertThat(EventIds.regionDayKey(id)).isEqualTo("UA-51|2025-07-23");
    }

    @Test
    void shouldReadTheRegionAndDayFromTheEndSoSourcesMayContainTheSeparator() {
        assertThat(EventIds.regionDayKey("feed|article|42|UA|2025-07-23|MISSILE")).isEqualTo("UA|2025-07-23");
    }

    @Test
    void shouldRefuseKeysThatAreNotEventIds() {
        assertThatThrownBy(() -> EventIds.regionDayKey("UA-59|2025-07-23")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventIds.regionDayKey("plain")).isInstanceOf(IllegalArgumentException.class);
    }
}
