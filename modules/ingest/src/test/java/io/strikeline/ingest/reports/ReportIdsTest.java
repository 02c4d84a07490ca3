package io.strikeline.ingest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportIdsTest {

    private static final String ID = ReportIds.of("kpszsu/posts/x", "Shahed-136/131", "Ukraine", "Kursk oblast",
            "2025-07-22 18:00");

    @Test
    void shouldBeStableForTheSameNaturalKey() {
        assertThat(ReportIds.of("kpszsu/posts/x", "Shahed-136/131", "Ukraine", "Kursk oblast", "2025-07-22 18:00"))
                .isEqualTo(ID).startsWith("r-").hasSize(22);
    }

    @Test
    void shouldIgnoreWhiteSpaceDifferences() {
        assertThat(ReportIds.of(" kpszsu/posts/x", "Shahed-136/131", "Ukraine ", "Kursk  oblast", "2025-07-22 18:00 "))
                .isEqualTo(ID);
    }

    @Test
    void shouldDifferWhenAnyPartOfTheNaturalKeyDiffers() {
        assertThat(ReportIds.of("PvKPivden/x", "Shahed-136/131", "Ukraine", "Kursk oblast", "2025-07-22 18:00"))
                .isNotEqualTo(ID);
        assertThat(ReportIds.of("kpszsu/posts/x", "Shahed-136/131", "south", "Kursk oblast", "2025-07-22 18:00"))
                .isNotEqualTo(ID);
        assertThat(ReportIds.of("kpszsu/posts/x", "Shahed-136/131", "Ukraine", "Kursk oblast", "2025-07-22 19:00"))
                .isNotEqualTo(ID);
        // Fields are separated, so moving text between them changes the id.
        assertThat(ReportIds.of("kpszsu/posts/x", "Shahed-136/131", "", "UkraineKursk oblast", "2025-07-22 18:00"))
                .isNotEqualTo(ReportIds.of("kpszsu/posts/x", "Shahed-136/131", "Ukraine", "Kursk oblast", "2025-07-22 18:00"));
    }
}
