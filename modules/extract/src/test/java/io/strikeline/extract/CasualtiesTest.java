package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasualtiesTest {

    @Test
    void shouldReadKilledAndInjuredInTheirCommonForms() {
        assertThat(Casualties.of("The strike killed five people and injured 12.")).isEqualTo(new Casualties.Figures(5, 12));
        assertThat(Casualties.of("Two civilians were killed and four more were injured."))
                .isEqualTo(new Casualties.Figures(2, 4));
        assertThat(Casualties.of("At least 3 people died.")).isEqualTo(new Casualties.Figures(3, null));
    }

    @Test
    void shouldCountOnePersonNamedWithAnArticle() {
        assertThat(Casualties.of("A 73-year-old woman died.")).isEqualTo(new Casualties.Figures(1, null));
        assertThat(Casualties.of("Shelling killed a man in the village.")).isEqualTo(new Casualties.Figures(1, null));
    }

    @Test
    void shouldReadNoCasualtiesAsZeroButVagueWordsAsNothing() {
        assertThat(Casualties.of("There were no casualties.")).isEqualTo(new Casualties.Figures(0, 0));
        assertThat(Casualties.of("No one was injured.")).isEqualTo(new Casualties.Figures(null, 0));
        assertThat(Casualties.of("There are victims; several people were hurt.")).isEqualTo(new Casualties.Figures(null, null));
    }

    @Test
    void shouldIgnoreWarLongTotals() {
        assertThat(Casualties.of("Since the beginning of the invasion Russia has killed 1,900 residents."))
                .isEqualTo(new Casualties.Figures(null, null));
    }
}
