package io.strikeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void shouldIgnoreCaseAndDiacritics() {
        assertThat(NameKey.of("KYÏV")).isEqualTo("kyiv");
        assertThat(NameKey.of("Lwów")).isEqualTo("lwow");
        assertThat(NameKey.of("Łódź")).isEqualTo("lodz");
        assertThat(NameKey.of("Kriví Rih")).isEqualTo("krivi rih");
    }

    @Test
    void shouldDropApostrophesInsideWords() {
        assertThat(NameKey.of("Kup'yans'k")).isEqualTo("kupyansk");
        assertThat(NameKey.of("Kup’yans’k")).isEqualTo("kupyansk");
        assertThat(NameKey.of("Kupʼyansʼk")).isEqualTo("kupyansk");
        assertThat(NameKey.of("Kup”yans’k")).isEqualTo("kupyansk");
        assertThat(NameKey.of("Куп’янськ")).isEqualTo(NameKey.of("Куп'янськ"));
    }

    @Test
    void shouldTurnHyphensAndPunctuationIntoSingleSpaces() {
        assertThat(NameKey.of("  Ivano-Frankivsk ")).isEqualTo("ivano frankivsk");
        assertThat(NameKey.of("Rostov-on-Don")).isEqualTo("rostov on don");
        assertThat(NameKey.of("м. Київ")).isEqualTo("м киів");
        assertThat(NameKey.of("—")).isEmpty();
    }

    @Test
    void shouldFoldCyrillicLettersWithDiacritics() {
        assertThat(NameKey.of("Київ")).isEqualTo(NameKey.of("Киів"));
        assertThat(NameKey.of("Сумській")).isEqualTo("сумськіи");
        assertThat(NameKey.of("Орёл")).isEqualTo(NameKey.of("Орел"));
    }
}
