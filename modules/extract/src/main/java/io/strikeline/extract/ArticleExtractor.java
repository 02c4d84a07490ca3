package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import java.util.List;

/**
 * Reads the strike events out of an English news article, by rules about the language rather than about
 * particular articles. Immutable and safe to share between threads.
 */
public final class ArticleExtractor {

    private final Gazetteer gazetteer;

    private ArticleExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** An extractor over the project's gazetteer (loaded once per JVM). */
    public static ArticleExtractor create() {
        return new ArticleExtractor(Gazetteer.load());
    }

    /** The events of one article, at most one per (region, date, weapon class); none for a negative article. */
    public List<ExtractedEvent> extract(ArticleText article) {
        return List.of();
    }
}
