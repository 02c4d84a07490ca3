package io.strikeline.enrich;

import io.strikeline.avro.Article;
import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import io.strikeline.extract.ArticleText;
import io.strikeline.extract.Evidence;
import io.strikeline.extract.ExtractedEvent;
import io.strikeline.geo.Region;
import io.strikeline.geo.Regions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Articles published on 23 July 2025, and an extractor that gives the events a test has scripted for a text. */
final class TestArticles {

    static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 23);
    static final Instant INGESTED = Instant.parse("2025-07-23T09:30:00Z");

    private TestArticles() {
    }

    static Article article(String id, String text) {
        return Article.newBuilder()
                .setId(id)
                .setUrl("https://news.example/" + id)
                .setSource("Example Wire")
                .setPublishedDate(PUBLISHED)
                .setTitle("Overnight attack")
                .setText(text)
                .setIngestedAt(INGESTED)
                .build();
    }

    /** An overnight drone attack on the region, read from the whole of {@code text}. */
    static ExtractedEvent drones(String iso, String text, Integer injured) {
        Region region = Regions.byIso(iso).orElseThrow();
        return new ExtractedEvent(region, PUBLISHED, DateBasis.OVERNIGHT_END, WeaponClass.DRONE, "Shahed-136/131",
                null, null, null, injured, null, List.of(region.name()), new Evidence(text, 0, text.length()), 0.8);
    }

    /** Gives the events scripted for an article's text, or fails as scripted; no events for any other text. */
    static final class ScriptedExtractor implements Extractor {

        private final Map<String, List<ExtractedEvent>> script = new HashMap<>();
        private final Map<String, RuntimeException> failures = new HashMap<>();

        ScriptedExtractor reads(String text, ExtractedEvent... events) {
            script.put(text, List.of(events));
            return this;
        }

        ScriptedExtractor failsOn(String text, RuntimeException failure) {
            failures.put(text, failure);
            return this;
        }

        @Override
        public List<ExtractedEvent> extract(ArticleText article) {
            if (failures.containsKey(article.text())) {
                throw failures.get(article.text());
            }
            return script.getOrDefault(article.text(), List.of());
        }
    }
}
