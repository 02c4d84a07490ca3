package io.strikeline.extract.eval;

import java.util.List;
import java.util.Map;

/**
 * Predicted events scored against gold over the articles both name.
 *
 * @param events                     precision, recall and F1 over (region, date, weapon) tuples
 * @param regionDays                 the same over (region, date) pairs
 * @param counts                     per count, agreement with gold on the events whose tuple matched
 * @param articlesScored             articles present in both gold and predictions
 * @param negativeArticles           scored articles whose gold has no event
 * @param negativeArticlesWithEvents of those, how many got any predicted event
 * @param eventsOnNegativeArticles   the predicted events (distinct tuples) on them, all of them extras
 * @param outcomes                   misses and extras of every scored article, in gold order
 * @param goldOnly                   ids in gold with no prediction (or no article): not scored
 * @param predictedOnly              ids predicted (or articles) with no gold: not scored
 */
public record Evaluation(Scores events, Scores regionDays, Map<CountField, Agreement> counts, int articlesScored,
        int negativeArticles, int negativeArticlesWithEvents, int eventsOnNegativeArticles,
        List<ArticleOutcome> outcomes, List<String> goldOnly, List<String> predictedOnly) {

    public Evaluation {
        counts = Map.copyOf(counts);
        outcomes = List.copyOf(outcomes);
        goldOnly = List.copyOf(goldOnly);
        predictedOnly = List.copyOf(predictedOnly);
    }

    public Agreement agreement(CountField field) {
        return counts.get(field);
    }
}
