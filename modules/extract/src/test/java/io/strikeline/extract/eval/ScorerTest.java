package io.strikeline.extract.eval;

import static io.strikeline.avro.WeaponClass.ARTILLERY;
import static io.strikeline.avro.WeaponClass.DRONE;
import static io.strikeline.avro.WeaponClass.MISSILE;
import static io.strikeline.extract.eval.TestEvents.counted;
import static io.strikeline.extract.eval.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final EventRecord SUMY_DRONES = event("UA-59", "2025-07-23", DRONE);
    private static final EventRecord SUMY_MISSILES = event("UA-59", "2025-07-23", MISSILE);
    private static final EventRecord KHARKIV_DRONES = event("UA-63", "2025-07-23", DRONE);
    private static final EventRecord KHERSON_SHELLING = event("UA-65", "2025-07-22", ARTILLERY);

    private static Map<String, List<EventRecord>> articles(Object... idsAndEvents) {
        Map<String, List<EventRecord>> articles = new LinkedHashMap<>();
        for (int i = 0; i < idsAndEvents.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<EventRecord> events = (List<EventRecord>) idsAndEvents[i + 1];
            articles.put((String) idsAndEvents[i], events);
        }
        return articles;
    }

    @Test
    void shouldGiveHalfPrecisionAThirdRecallAndF1OfFourTenthsForThreeGoldTwoPredictedOneMatching() {
        Evaluation evaluation = Scorer.score(
                articles("a", List.of(SUMY_DRONES, KHARKIV_DRONES, KHERSON_SHELLING)),
                articles("a", List.of(SUMY_DRONES, event("UA-12", "2025-07-23", DRONE))));

        assertThat(evaluation.events()).isEqualTo(new Scores(1, 1, 2));
        assertThat(evaluation.events().precision()).isEqualTo(0.5);
        assertThat(evaluation.events().recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(evaluation.events().f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void shouldSumMatchesOverArticlesBeforeDividing() {
        // Article a is perfect (F1 1), article b wholly wrong (F1 0): a macro average would say 0.5.
        Evaluation evaluation = Scorer.score(
                articles("a", List.of(SUMY_DRONES), "b", List.of(KHARKIV_DRONES, KHERSON_SHELLING, SUMY_MISSILES)),
                articles("a", List.of(SUMY_DRONES), "b", List.of(event("UA-12", "2025-07-23", DRONE))));

        assertThat(evaluation.events()).isEqualTo(new Scores(1, 1, 3));
        assertThat(evaluation.events().precision()).isEqualTo(0.5);
        assertThat(evaluation.events().recall()).isEqualTo(0.25);
        assertThat(evaluation.events().f1()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void shouldMatchRegionDaysWhateverTheWeapon() {
        Evaluation evaluation = Scorer.score(
                articles("a", List.of(SUMY_DRONES, SUMY_MISSILES, KHERSON_SHELLING)),
                articles("a", List.of(event("UA-59", "2025-07-23", ARTILLERY), event("UA-65", "2025-07-23", ARTILLERY))));

        assertThat(evaluation.events()).isEqualTo(new Scores(0, 2, 3));
        assertThat(evaluation.regionDays()).isEqualTo(new Scores(1, 1, 1));
        assertThat(evaluation.regionDays().f1()).isEqualTo(0.5);
    }

    @Test
    void shouldCompareCountsOnMatchedEventsOnlyWithNullEqualToNull() {
        Evaluation evaluation = Scorer.score(
                articles("a", List.of(
                        counted("UA-59", "2025-07-23", DRONE, 10, null, 1, 3),
                        counted("UA-63", "2025-07-23", DRONE, 5, 4, null, null),
                        counted("UA-65", "2025-07-22", ARTILLERY, null, null, 2, 2))),
                articles("a", List.of(
                        counted("UA-59", "2025-07-23", DRONE, 10, null, 2, null),
                        counted("UA-63", "2025-07-23", DRONE, 5, 3, null, null),
                        counted("UA-65", "2025-07-22", MISSILE, null, null, 2, 2))));

        assertThat(evaluation.agreement(CountField.LAUNCHED)).isEqualTo(new Agreement(2, 2));
        assertThat(evaluation.agreement(CountField.INTERCEPTED)).isEqualTo(new Agreement(1, 2));
        assertThat(evaluation.agreement(CountField.KILLED)).isEqualTo(new Agreement(1, 2));
        assertThat(evaluation.agreement(CountField.INJURED)).isEqualTo(new Agreement(1, 2));
        assertThat(evaluation.agreement(CountField.INJURED).rate()).isEqualTo(0.5);
    }

    @Test
    void shouldHaveNoAgreementRateWhenNothingMatched() {
        Evaluation evaluation = Scorer.score(articles("a", List.of(SUMY_DRONES)), articles("a", List.of()));

        assertThat(evaluation.agreement(CountField.KILLED)).isEqualTo(Agreement.NONE);
        assertThat(evaluation.agreement(CountField.KILLED).rate()).isNaN();
        assertThat(evaluation.events().precision()).isZero();
        assertThat(evaluation.events().f1()).isZero();
    }

    @Test
    void shouldCountEventsPredictedOnNegativeArticlesAsExtras() {
        Evaluation evaluation = Scorer.score(
                articles("n1", List.of(), "n2", List.of(), "n3", List.of(), "p", List.of(SUMY_DRONES)),
                articles("n1", List.of(SUMY_DRONES, KHARKIV_DRONES), "n2", List.of(), "n3", List.of(SUMY_MISSILES),
                        "p", List.of(SUMY_DRONES)));

        assertThat(evaluation.negativeArticles()).isEqualTo(3);
        assertThat(evaluation.negativeArticlesWithEvents()).isEqualTo(2);
        assertThat(evaluation.eventsOnNegativeArticles()).isEqualTo(3);
        assertThat(evaluation.events()).isEqualTo(new Scores(1, 3, 0));
    }

    @Test
    void shouldListMissesAndExtrasPerArticleInGoldOrder() {
        Evaluation evaluation = Scorer.score(
                articles("b", List.of(SUMY_DRONES, KHARKIV_DRONES), "a", List.of(KHERSON_SHELLING)),
                articles("a", List.of(KHERSON_SHELLING), "b", List.of(SUMY_DRONES, SUMY_MISSILES)));

        assertThat(evaluation.outcomes()).containsExactly(
                new ArticleOutcome("b", List.of(KHARKIV_DRONES), List.of(SUMY_MISSILES)),
                new ArticleOutcome("a", List.of(), List.of()));
    }

    @Test
    void shouldCountARepeatedPredictedTupleOnce() {
        Evaluation evaluation = Scorer.score(articles("a", List.of(SUMY_DRONES)),
                articles("a", List.of(SUMY_DRONES, counted("UA-59", "2025-07-23", DRONE, 3, null, null, null))));

        assertThat(evaluation.events()).isEqualTo(new Scores(1, 0, 0));
        assertThat(evaluation.agreement(CountField.LAUNCHED)).isEqualTo(new Agreement(1, 1));
    }

    @Test
    void shouldListIdsFoundOnOneSideOnlyWithoutScoringThem() {
        Evaluation evaluation = Scorer.score(
                articles("a", List.of(SUMY_DRONES), "gold-only", List.of(KHARKIV_DRONES)),
                articles("a", List.of(SUMY_DRONES), "unlabelled", List.of(KHERSON_SHELLING)));

        assertThat(evaluation.goldOnly()).containsExactly("gold-only");
        assertThat(evaluation.predictedOnly()).containsExactly("unlabelled");
        assertThat(evaluation.articlesScored()).isEqualTo(1);
        assertThat(evaluation.events()).isEqualTo(new Scores(1, 0, 0));
    }
}
