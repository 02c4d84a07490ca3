package io.strikeline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationReportSentenceTest {

    private static final String TEXT = "Drones flew over the north at night.\nHeadline about SUMY\n"
            + "Officials said a drone hit a school in Sumy! Two people were hurt in Okhtyrka.";

    @Test
    void shouldFindTheFirstSentenceNamingAnyNameIgnoringCase() {
        assertThat(EvaluationReport.firstNaming(TEXT, List.of("okhtyrka", "sumy"))).contains("Headline about SUMY");
        assertThat(EvaluationReport.firstNaming(TEXT, List.of("Okhtyrka"))).contains("Two people were hurt in Okhtyrka.");
    }

    @Test
    void shouldFindNothingWhenNoSentenceNamesIt() {
        assertThat(EvaluationReport.firstNaming(TEXT, List.of("Lviv"))).isEmpty();
        assertThat(EvaluationReport.firstNaming(TEXT, List.of())).isEmpty();
    }
}
