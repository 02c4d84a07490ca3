package io.strikeline.enrich;

import io.strikeline.avro.Article;
import io.strikeline.avro.Provenance;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.extract.ArticleExtractor;
import io.strikeline.extract.ArticleText;
import io.strikeline.extract.Evidence;
import io.strikeline.extract.ExtractedEvent;
import io.strikeline.topics.EventIds;
import java.util.ArrayList;
import java.util.List;

/**
 * One article version -> its strike events (a function of the article and the extractor's rules): the
 * extractor's events with the article's provenance, evidence sentence and offsets, keyed
 * {@code article:ARTICLE_ID|REGION|YYYY-MM-DD|CLASS}, so re-reading an article yields the same ids. Articles
 * give no time window: the tallies take such an event to cover its whole Kyiv day.
 */
public final class ArticleNormalizer {

    private final Extractor extractor;

    public ArticleNormalizer(Extractor extractor) {
        this.extractor = extractor;
    }

    /**
     * All the article's events, or an {@link ArticleExtractionException}: none is built before the extractor
     * has read the whole article, so a failure never leaves half an article emitted.
     */
    public List<StrikeEvent> normalize(Article article) {
        List<ExtractedEvent> extracted;
        try {
            extracted = extractor.extract(text(article));
        } catch (RuntimeException | StackOverflowError e) {
            // A runaway pattern on an odd text overflows the stack: that article fails, the stream thread goes on.
            throw new ArticleExtractionException(article.getId(), e);
        }
        List<StrikeEvent> events = new ArrayList<>(extracted.size());
        for (ExtractedEvent event : extracted) {
            events.add(event(article, event));
        }
        return events;
    }

    /** What the extractor reads of an article. */
    public static ArticleText text(Article article) {
        return new ArticleText(article.getId(), article.getUrl(), article.getSource(), article.getPublishedDate(),
                article.getTitle(), article.getText());
    }

    private static StrikeEvent event(Article article, ExtractedEvent event) {
        return StrikeEvent.newBuilder()
                .setEventId(EventIds.forArticle(article.getId(), event.region().iso(), event.date(), event.weapon()))
                .setRegionIso(event.region().iso())
                .setRegionName(event.region().name())
                .setSettlements(event.settlements())
                .setEventDate(event.date())
                .setDateBasis(event.dateBasis())
                .setWeaponClass(event.weapon())
                .setWeaponModel(event.weaponModel())
                .setLaunched(event.launched())
                .setIntercepted(event.intercepted())
                .setKilled(event.killed())
                .setInjured(event.injured())
                .setOutageCustomers(event.outageCustomers())
                .setProvenance(provenance(article, event.evidence()))
                .setConfidence(event.confidence())
                .setExtractorVersion(ArticleExtractor.VERSION)
                .setIngestedAt(article.getIngestedAt())
                .build();
    }

    private static Provenance provenance(Article article, Evidence evidence) {
        return Provenance.newBuilder()
                .setSourceKind(SourceKind.ARTICLE)
                .setSourceId(article.getId())
                .setUrl(article.getUrl())
                .setOutlet(article.getSource())
                .setEvidence(evidence.sentence())
                .setEvidenceStart(evidence.start())
                .setEvidenceEnd(evidence.end())
                .build();
    }
}
