package io.strikeline.enrich;

import io.strikeline.avro.Article;
import io.strikeline.avro.StrikeEvent;
import java.util.List;

/**
 * Each article version to its events, replacing what the previous version emitted (a correction, a deletion):
 * see {@link SourceEventsProcessor}. An article the extractor fails on goes to enrich.dlq; its earlier events
 * stand until a version that can be read replaces them.
 */
final class ArticleEventsProcessor extends SourceEventsProcessor<Article> {

    private final ArticleNormalizer normalizer;

    ArticleEventsProcessor(ArticleNormalizer normalizer, String storeName) {
        super(storeName);
        this.normalizer = normalizer;
    }

    @Override
    List<StrikeEvent> events(String articleId, Article article) {
        return normalizer.normalize(article);
    }
}
