package io.strikeline.enrich;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits the events of each report version and retracts what an earlier version emitted that this one no
 * longer does (a region dropped, a date corrected, the report deleted): the ids it emitted per report are
 * kept in a store, and ids that disappear are forwarded as tombstones.
 */
final class ReportEventsProcessor implements Processor<String, StrikeReport, String, StrikeEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReportEventsProcessor.class);

    private final ReportNormalizer normalizer;
    private final String storeName;
    private ProcessorContext<String, StrikeEvent> context;
    private KeyValueStore<String, List<String>> emitted;
    private Sensor unknownModels;
    private Sensor unresolvedTargets;

    ReportEventsProcessor(ReportNormalizer normalizer, String storeName) {
        this.normalizer = normalizer;
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, StrikeEvent> context) {
        this.context = context;
        this.emitted = context.getStateStore(storeName);
        String thread = Thread.currentThread().getName();
        this.unknownModels = context.metrics().addRateTotalSensor("strikeline-enrich", thread, "unknown-weapon-models",
                Sensor.RecordingLevel.INFO, "task-id", context.taskId().toString());
        this.unresolvedTargets = context.metrics().addRateTotalSensor("strikeline-enrich", thread,
                "unresolved-targets", Sensor.RecordingLevel.INFO, "task-id", context.taskId().toString());
    }

    @Override
    public void process(Record<String, StrikeReport> record) {
        String reportId = record.key();
        List<String> previous = emitted.get(reportId);
        List<StrikeEvent> events = List.of();
        if (record.value() != null) {
            ReportNormalizer.Normalized normalized = normalizer.normalize(record.value());
            events = normalized.events();
            record(unknownModels, normalized.unknownModels(), "unknown weapon model", reportId);
            record(unresolvedTargets, normalized.unresolvedTargets(), "unresolved target", reportId);
        }
        Set<String> current = new LinkedHashSet<>();
        for (StrikeEvent event : events) {
            current.add(event.getEventId());
            context.forward(record.withKey(event.getEventId()).withValue(event));
        }
        if (previous != null) {
            for (String gone : previous) {
                if (!current.contains(gone)) {
                    context.forward(record.withKey(gone).withValue(null));
                }
            }
        }
        List<String> ids = new ArrayList<>(current);
        if (ids.isEmpty()) {
            if (previous != null) {
                emitted.delete(reportId);
            }
        } else if (!ids.equals(previous)) {
            // A re-sent, unchanged report (a snapshot ingest re-sends the whole dataset) costs no write.
            emitted.put(reportId, ids);
        }
    }

    private static void record(Sensor sensor, List<String> items, String what, String reportId) {
        for (String item : items) {
            sensor.record();
            LOG.debug("Report {}: {} '{}'", reportId, what, item);
        }
    }
}
