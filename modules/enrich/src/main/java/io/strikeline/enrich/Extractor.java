package io.strikeline.enrich;

import io.strikeline.extract.ArticleExtractor;
import io.strikeline.extract.ArticleText;
import io.strikeline.extract.ExtractedEvent;
import java.util.List;

/** Reads the strike events out of an article: the project's {@link ArticleExtractor}, or a stand-in in tests. */
@FunctionalInterface
public interface Extractor {

    List<ExtractedEvent> extract(ArticleText article);

    /** The project's rules (their gazetteer is loaded once per JVM). */
    static Extractor articleExtractor() {
        return ArticleExtractor.create()::extract;
    }
}
