package io.strikeline.enrich;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import io.strikeline.runtime.RegionDayPartitioner;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.Topic;
import org.apache.kafka.streams.Topology;

/**
 * strike-reports.raw -> normalise -> strike-events. Reports are keyed by report id; events by event id.
 * Built with the Processor API because the step is one processor with one store: every node, the store
 * and its changelog carry names chosen here.
 */
public final class EnrichTopology {

    /** Stable: renaming it would lose the record of which events each report emitted. */
    public static final String APPLICATION_ID = "strikeline-enrich";
    public static final String REPORT_EVENT_IDS_STORE = "report-event-ids";
    static final String SOURCE = "read-strike-reports";
    static final String PROCESSOR = "normalize-reports";
    static final String SINK = "write-strike-events";

    private EnrichTopology() {
    }

    public static Topology build(StrikelineTopics topics, ReportNormalizer normalizer) {
        Topic<String, StrikeReport> reports = topics.strikeReports();
        Topic<String, StrikeEvent> events = topics.strikeEvents();
        Topology topology = new Topology();
        topology.addSource(SOURCE, reports.keySerde().deserializer(), reports.valueSerde().deserializer(), reports.name());
        topology.addProcessor(PROCESSOR, () -> new ReportEventsProcessor(normalizer, REPORT_EVENT_IDS_STORE), SOURCE);
        topology.addStateStore(EmittedEvents.store(REPORT_EVENT_IDS_STORE), PROCESSOR);
        // strike-events is partitioned by region-day: the tallies then need no repartitioning.
        topology.addSink(SINK, events.name(), events.keySerde().serializer(), events.valueSerde().serializer(),
                new RegionDayPartitioner(), PROCESSOR);
        return topology;
    }
}
