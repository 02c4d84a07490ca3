package io.strikeline.extract.eval;

import static io.strikeline.avro.WeaponClass.DRONE;
import static io.strikeline.avro.WeaponClass.MISSILE;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import io.strikeline.extract.ArticleText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

    private static final ArticleText ARTICLE = new ArticleText("a1", null, "Example News", LocalDate.of(2025, 7, 24),
            "Drones hit the north-east", "Talks went on in Istanbul. Overnight drones struck Sumy region. "
                    + "A missile hit a depot in Shostka.");

    private static EventRecord gold(String iso, String region, WeaponClass weapon, String settlement) {
        return new EventRecord(iso, region, LocalDate.of(2025, 7, 24), weapon, null, null, null, null, settlement,
                DateBasis.OVERNIGHT_END, null);
    }

    private static EventRecord predicted(String iso, WeaponClass weapon, String evidence) {
        return new EventRecord(iso, null, LocalDate.of(2025, 7, 24), weapon, null, null, null, null, null,
                DateBasis.OVERNIGHT_END, evidence);
    }

    private static Evaluation evaluation() {
        // Gold: Sumy drones, Sumy missiles (at Shostka), the national drone total. Predicted: Sumy drones, Kharkiv
        // drones. Events: TP 1, FP 1, FN 2. Region-days: gold {UA-59, UA}, predicted {UA-59, UA-63}: TP 1, FP 1, FN 1.
        return Scorer.score(
                Map.of("a1", List.of(gold("UA-59", "Sumy", DRONE, null), gold("UA-59", "Sumy", MISSILE, "Shostka"),
                        gold("UA", "Ukraine (national total)", DRONE, null)),
                        "n1", List.of(), "gold-only", List.of()),
                Map.of("a1", List.of(predicted("UA-59", DRONE, "Overnight drones struck Sumy region."),
                        predicted("UA-63", DRONE, "Drones were seen near Kharkiv.")),
                        "n1", List.of()));
    }

    @Test
    void shouldPrintTheFiguresInOneTable() {
        List<String> lines = EvaluationReport.lines(evaluation(), Map.of("a1", ARTICLE), false);

        assertThat(lines).contains("articles scored: 2 (1 negative)",
                "not scored, in gold but not among the articles: 1 [gold-only]",
                "negative articles: 0 events predicted, on 0 of 1 articles");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("region, date, weapon +0\\.500 +0\\.333 +0\\.400 +1 +1 +2"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("region, date +0\\.500 +0\\.500 +0\\.500 +1 +1 +1"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(" +launched +1/1 +1\\.000"));
        assertThat(lines).noneMatch(line -> line.startsWith("misses"));
    }

    @Test
    void shouldListEveryMissAndExtraWithItsArticleAndSentenceWhenVerbose() {
        List<String> lines = EvaluationReport.lines(evaluation(), Map.of("a1", ARTICLE), true);

        int misses = lines.indexOf("misses (gold events not predicted): 2");
        int extras = lines.indexOf("extras (predicted events not in gold): 1");
        assertThat(misses).isPositive();
        assertThat(extras).isGreaterThan(misses);
        assertThat(lines.subList(misses + 1, extras)).containsSubsequence(
                "  a1  UA-59 2025-07-24 MISSILE | Drones hit the north-east",
                "      Overnight drones struck Sumy region.",
                "  a1  UA 2025-07-24 DRONE | Drones hit the north-east",
                "      (national total)");
        assertThat(lines.subList(extras + 1, lines.size())).containsExactly(
                "  a1  UA-63 2025-07-24 DRONE | Drones hit the north-east",
                "      Drones were seen near Kharkiv.");
    }

    @Test
    void shouldShowAMissTheFirstSentenceNamingItsSettlementOrRegion() {
        assertThat(EvaluationReport.whereNamed(gold("UA-59", "Sumy", MISSILE, "Shostka"), ARTICLE))
                .isEqualTo("Overnight drones struck Sumy region.");
        assertThat(EvaluationReport.whereNamed(gold("UA-59", "Sumy", MISSILE, "shostka; Konotop"), ARTICLE))
                .isEqualTo("Overnight drones struck Sumy region.");
        assertThat(EvaluationReport.whereNamed(gold("UA-74", "Chernihiv", MISSILE, "Shostka"), ARTICLE))
                .isEqualTo("A missile hit a depot in Shostka.");
        assertThat(EvaluationReport.whereNamed(gold("UA-74", "Chernihiv", MISSILE, null), ARTICLE))
                .isEqualTo(EvaluationReport.NO_SENTENCE);
        assertThat(EvaluationReport.whereNamed(gold("UA", "Ukraine (national total)", DRONE, null), ARTICLE))
                .isEqualTo(EvaluationReport.NATIONAL_TOTAL);
    }
}
