package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void shouldSplitOnStopsAndLinesButNotAbbreviationsOrInitials() {
        List<Evidence> sentences = Sentences.of("On Nov. 30 drones hit Sumy, Gov. V. Artiukh said. Two were hurt!\n"
                + "A second paragraph");

        assertThat(sentences).extracting(Evidence::sentence).containsExactly(
                "On Nov. 30 drones hit Sumy, Gov. V. Artiukh said.", "Two were hurt!", "A second paragraph");
    }

    @Test
    void shouldKeepOffsetsIntoTheText() {
        String text = "First one.  Second one.";

        Evidence second = Sentences.of(text).get(1);

        assertThat(text.substring(second.start(), second.end())).isEqualTo("Second one.");
    }

    @Test
    void shouldEndASentenceBeforeAGluedReadAlsoTeaser() {
        assertThat(Sentences.of("The building was hit.Read also: Another story")).extracting(Evidence::sentence)
                .containsExactly("The building was hit.", "Read also: Another story");
    }
}
