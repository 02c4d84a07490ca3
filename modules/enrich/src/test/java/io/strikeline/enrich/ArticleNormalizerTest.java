package io.strikeline.enrich;

import static io.strikeline.enrich.TestArticles.INGESTED;
import static io.strikeline.enrich.TestArticles.PUBLISHED;
import static io.strikeline.enrich.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.avro.Article;
import io.strikeline.avro.DateBasis;
import io.strikeline.avro.Provenance;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.WeaponClass;
import io.strikeline.extract.ArticleExtractor;
import io.strikeline.extract.ArticleText;
import io.strikeline.extract.Evidence;
import io.strikeline.extract.ExtractedEvent;
import io.strikeline.geo.Regions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {

    private static final String TEXT = "Air defence was active overnight. Russian missiles struck Kharkiv, "
            + "killing one and injuring four; 12,000 households lost power.";

    @Test
    void shouldCarryEveryFactTheExtractorReadIntoTheEvent() {
        Evidence evidence = new Evidence(TEXT.substring(34), 34, TEXT.length());
        ExtractedEvent read = new ExtractedEvent(Regions.byIso("UA-63").orElseThrow(), PUBLISHED.minusDays(1),
                DateBasis.OVERNIGHT_END, WeaponClass.MISSILE, "Iskander-M", 3, 1, 1, 4, 12_000L,
                List.of("Kharkiv", "Chuhuiv"), evidence, 0.7);
        ArticleNormalizer normalizer = new ArticleNormalizer(article -> List.of(read));

        List<StrikeEvent> events = normalizer.normalize(article("kyiv-post-123", TEXT));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getEventId()).isEqualTo("article:kyiv-post-123|UA-63|2025-07-22|MISSILE");
            assertThat(event.getRegionIso()).isEqualTo("UA-63");
            assertThat(event.getRegionName()).isEqualTo("Kharkiv");
            assertThat(event.getSettlements()).containsExactly("Kharkiv", "Chuhuiv");
            assertThat(event.getEventDate()).isEqualTo(PUBLISHED.minusDays(1));
            assertThat(event.getDateBasis()).isEqualTo(DateBasis.OVERNIGHT_END);
            assertThat(event.getWindowStart()).as("articles give no window").isNull();
            assertThat(event.getWeaponClass()).isEqualTo(WeaponClass.MISSILE);
            assertThat(event.getWeaponModel()).isEqualTo("Iskander-M");
            assertThat(List.of(event.getLaunched(), event.getIntercepted(), event.getKilled(), event.getInjured()))
                    .containsExactly(3, 1, 1, 4);
            assertThat(event.getOutageCustomers()).isEqualTo(12_000L);
            assertThat(event.getConfidence()).isEqualTo(0.7);
            assertThat(event.getExtractorVersion()).isEqualTo(ArticleExtractor.VERSION);
            assertThat(event.getIngestedAt()).isEqualTo(INGESTED);
        });
        Provenance provenance = events.get(0).getProvenance();
        assertThat(provenance.getSourceKind()).isEqualTo(SourceKind.ARTICLE);
        assertThat(provenance.getSourceId()).isEqualTo("kyiv-post-123");
        assertThat(provenance.getUrl()).isEqualTo("https://news.example/kyiv-post-123");
        assertThat(provenance.getOutlet()).isEqualTo("Example Wire");
        assertThat(provenance.getEvidence()).startsWith("Russian missiles struck Kharkiv");
        assertThat(TEXT.substring(provenance.getEvidenceStart(), provenance.getEvidenceEnd()))
                .isEqualTo(provenance.getEvidence());
    }

    @Test
    void shouldGiveTheExtractorTheArticlesTextAndPublicationDay() {
        List<ArticleText> seen = new ArrayList<>();
        ArticleNormalizer normalizer = new ArticleNormalizer(text -> {
            seen.add(text);
            return List.of();
        });
        Article article = article("a-1", TEXT);

        assertThat(normalizer.normalize(article)).isEmpty();
        assertThat(seen).containsExactly(new ArticleText("a-1", "https://news.example/a-1", "Example Wire", PUBLISHED,
                "Overnight attack", TEXT));
    }

    @Test
    void shouldNameTheArticleAndTheCauseWhenTheExtractorFails() {
        ArticleNormalizer normalizer = new ArticleNormalizer(article -> {
            throw new IllegalStateException("unbalanced quote");
        });

        assertThatThrownBy(() -> normalizer.normalize(article("a-1", TEXT)))
                .isInstanceOf(ArticleExtractionException.class)
                .hasMessage("The extractor failed on article 'a-1': java.lang.IllegalStateException: unbalanced quote")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldTurnAStackOverflowInTheRulesIntoAFailureOfThatArticleAlone() {
        ArticleNormalizer normalizer = new ArticleNormalizer(article -> {
            throw new StackOverflowError();
        });

        assertThatThrownBy(() -> normalizer.normalize(article("a-1", TEXT)))
                .isInstanceOf(ArticleExtractionException.class)
                .hasCauseInstanceOf(StackOverflowError.class);
    }
}
