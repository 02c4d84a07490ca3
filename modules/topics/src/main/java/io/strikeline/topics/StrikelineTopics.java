package io.strikeline.topics;

import io.strikeline.avro.Alert;
import io.strikeline.avro.Article;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The pipeline's topics. Keys are plain UTF-8 strings (report id, article id, event id,
 * {@code REGION|YYYY-MM-DD}), readable by any tool; values are Avro in the Confluent wire format.
 *
 * <p>Data topics are compacted: each holds the latest version of every key (a revision replaces, a
 * tombstone retracts), which is what makes them replayable indefinitely. Dead-letter topics keep every
 * record forever: nothing rejected is ever lost.
 */
public final class StrikelineTopics {

    public static final String STRIKE_REPORTS_RAW = "strike-reports.raw";
    public static final String ARTICLES_RAW = "articles.raw";
    public static final String STRIKE_EVENTS = "strike-events";
    public static final String TALLIES_REGION_DAY = "tallies.region-day";
    public static final String INGEST_DLQ = "ingest.dlq";
    public static final String ENRICH_DLQ = "enrich.dlq";
    public static final String AGGREGATE_DLQ = "aggregate.dlq";
    public static final String ALERTS = "alerts";
    public static final String ALERTS_DLQ = "alerts.dlq";
    /** Alerts a delivery sink (webhook) gave up on, with the reason. */
    public static final String NOTIFY_DLQ = "notify.dlq";

    /** Default partitions of data topics: enough for two to four instances per stage. */
    public static final int DEFAULT_PARTITIONS = 4;

    private static final Map<String, String> COMPACTED = Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    private static final Map<String, String> KEEP_FOREVER = Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1");

    private final Topic<String, StrikeReport> strikeReports;
    private final Topic<String, Article> articles;
    private final Topic<String, StrikeEvent> strikeEvents;
    private final Topic<String, RegionDayTally> tallies;
    private final Topic<String, byte[]> ingestDlq;
    private final Topic<String, byte[]> enrichDlq;
    private final Topic<String, byte[]> aggregateDlq;
    private final Topic<String, Alert> alerts;
    private final Topic<String, byte[]> alertsDlq;
    private final Topic<String, byte[]> notifyDlq;

    public StrikelineTopics(AvroSerdes serdes) {
        this(serdes, DEFAULT_PARTITIONS, "");
    }

    /**
     * @param partitions partitions of the data topics
     * @param suffix     appended to every name (e.g. {@code .v2} for a replay beside the live topics; tests
     *                   use it to isolate themselves); empty for the standard names
     */
    public StrikelineTopics(AvroSerdes serdes, int partitions, String suffix) {
        this(serdes, partitions, suffix, suffix);
    }

    /**
     * @param rawSuffix     appended to the input topics (strike-reports.raw, articles.raw, ingest.dlq)
     * @param derivedSuffix appended to the topics the stages write (strike-events, tallies, alerts, their dead-letter
     *                      topics): a replay reads the live input and writes beside the live output
     */
    public StrikelineTopics(AvroSerdes serdes, int partitions, String rawSuffix, String derivedSuffix) {
        strikeReports = new Topic<>(compacted(STRIKE_REPORTS_RAW + rawSuffix, partitions), Serdes.String(),
                serdes.value(StrikeReport.class));
        articles = new Topic<>(compacted(ARTICLES_RAW + rawSuffix, partitions), Serdes.String(),
                serdes.value(Article.class));
        ingestDlq = deadLetters(INGEST_DLQ + rawSuffix);
        strikeEvents = new Topic<>(compacted(STRIKE_EVENTS + derivedSuffix, partitions), Serdes.String(),
                serdes.value(StrikeEvent.class));
        tallies = new Topic<>(compacted(TALLIES_REGION_DAY + derivedSuffix, partitions), Serdes.String(),
                serdes.value(RegionDayTally.class));
        enrichDlq = deadLetters(ENRICH_DLQ + derivedSuffix);
        aggregateDlq = deadLetters(AGGREGATE_DLQ + derivedSuffix);
        // Compacted and keyed by alert id: the latest record of an alert is its highest severity so far.
        alerts = new Topic<>(compacted(ALERTS + derivedSuffix, partitions), Serdes.String(), serdes.value(Alert.class));
        alertsDlq = deadLetters(ALERTS_DLQ + derivedSuffix);
        notifyDlq = deadLetters(NOTIFY_DLQ + derivedSuffix);
    }

    /**
     * A dead-letter topic: one partition (they are read by people, in order), raw bytes under the record's key, and
     * every record kept forever: what could not be processed is set aside, never lost.
     */
    public static Topic<String, byte[]> deadLetters(String name) {
        return new Topic<>(new TopicDefinition(name, 1, KEEP_FOREVER), Serdes.String(), Serdes.ByteArray());
    }

    private static TopicDefinition compacted(String name, int partitions) {
        return new TopicDefinition(name, partitions, COMPACTED);
    }

    public Topic<String, StrikeReport> strikeReports() {
        return strikeReports;
    }

    public Topic<String, Article> articles() {
        return articles;
    }

    public Topic<String, StrikeEvent> strikeEvents() {
        return strikeEvents;
    }

    public Topic<String, RegionDayTally> tallies() {
        return tallies;
    }

    public Topic<String, byte[]> ingestDlq() {
        return ingestDlq;
    }

    public Topic<String, byte[]> enrichDlq() {
        return enrichDlq;
    }

    public Topic<String, byte[]> aggregateDlq() {
        return aggregateDlq;
    }

    /** Alerts raised over the tallies, keyed {@code RULE|REGION|YYYY-MM-DD}. */
    public Topic<String, Alert> alerts() {
        return alerts;
    }

    public Topic<String, byte[]> alertsDlq() {
        return alertsDlq;
    }

    public Topic<String, byte[]> notifyDlq() {
        return notifyDlq;
    }

    /** Every topic, for creation at start-up. */
    public List<TopicDefinition> definitions() {
        return List.of(strikeReports.definition(), articles.definition(), strikeEvents.definition(),
                tallies.definition(), ingestDlq.definition(), enrichDlq.definition(), aggregateDlq.definition(),
                alerts.definition(), alertsDlq.definition(), notifyDlq.definition());
    }
}
