package io.strikeline.extract.eval;

import java.util.List;

/**
 * What scoring found wrong in one article.
 *
 * @param misses gold events whose (region, date, weapon) was not predicted
 * @param extras predicted events whose (region, date, weapon) is not in gold
 */
public record ArticleOutcome(String id, List<EventRecord> misses, List<EventRecord> extras) {

    public ArticleOutcome {
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
    }
}
