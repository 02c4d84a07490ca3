package io.strikeline.enrich;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.runtime.RegionDayPartitioner;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.Topic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;

/**
 * Two independent sub-topologies writing one topic:
 * <ul>
 *   <li>strike-reports.raw -> normalise -> strike-events (reports keyed by report id);</li>
 *   <li>articles.raw -> extract -> strike-events (articles keyed by article id).</li>
 * </ul>
 * Events are keyed by event id. Built with the Processor API because each route is one processor with one
 * store: every node, store and changelog carries a name chosen here. The routes share no node, so neither
 * input topic needs to be co-partitioned with the other.
 */
public final class EnrichTopology {

    /** Stable: renaming it would lose the record of which events each report and article emitted. */
    public static final String APPLICATION_ID = "strikeline-enrich";
    public static final String REPORT_EVENT_IDS_STORE = "report-event-ids";
    public static final String ARTICLE_EVENT_IDS_STORE = "article-event-ids";

    /** The names of the nodes and the store of one route from a source topic to strike-events. */
    record Route(String source, String processor, String store, String sink) {
    }

    static final Route REPORTS = new Route("read-strike-reports", "normalize-reports", REPORT_EVENT_IDS_STORE,
            "write-strike-events");
    static final Route ARTICLES = new Route("read-articles", "extract-articles", ARTICLE_EVENT_IDS_STORE,
            "write-article-events");

    private EnrichTopology() {
    }

    /** @param extractor reads the events out of an article (tests pass one that fails) */
    public static Topology build(StrikelineTopics topics, ReportNormalizer normalizer, Extractor extractor) {
        ArticleNormalizer articles = new ArticleNormalizer(extractor);
        Topology topology = new Topology();
        // Sub-topologies are numbered in the order their nodes are added: the reports' stays 0, so the tasks
        // (and state directories) of a running stage keep their ids when it starts reading articles.
        add(topology, REPORTS, topics.strikeReports(), () -> new ReportEventsProcessor(normalizer, REPORTS.store()),
                topics.strikeEvents());
        add(topology, ARTICLES, topics.articles(), () -> new ArticleEventsProcessor(articles, ARTICLES.store()),
                topics.strikeEvents());
        return topology;
    }

    private static <V> void add(Topology topology, Route route, Topic<String, V> input,
            ProcessorSupplier<String, V, String, StrikeEvent> processor, Topic<String, StrikeEvent> events) {
        topology.addSource(route.source(), input.keySerde().deserializer(), input.valueSerde().deserializer(),
                input.name());
        topology.addProcessor(route.processor(), processor, route.source());
        topology.addStateStore(SourceEventsProcessor.store(route.store()), route.processor());
        // strike-events is partitioned by region-day: the tallies then need no repartitioning.
        topology.addSink(route.sink(), events.name(), events.keySerde().serializer(), events.valueSerde().serializer(),
                new RegionDayPartitioner(), route.processor());
    }
}
