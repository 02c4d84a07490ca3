package io.strikeline.cli;

import io.strikeline.extract.ArticleExtractor;
import io.strikeline.extract.ArticleText;
import io.strikeline.extract.ExtractedEvent;
import java.util.List;

/** What {@code extract} and {@code eval} run on each article: the project's extractor, or a stand-in in tests. */
@FunctionalInterface
interface Extraction {

    List<ExtractedEvent> extract(ArticleText article);

    /**
     * The project's extractor, created on the first article: picocli builds every subcommand to parse any
     * command line, and {@code strikeline --help} should not load the gazetteer.
     */
    static Extraction articleExtractor() {
        return new Extraction() {
            private ArticleExtractor extractor;

            @Override
            public List<ExtractedEvent> extract(ArticleText article) {
                if (extractor == null) {
                    extractor = ArticleExtractor.create();
                }
                return extractor.extract(article);
            }
        };
    }
}
