package io.strikeline.enrich;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import java.util.List;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits the events of each report version and retracts what an earlier version emitted that this one no
 * longer does (a region dropped, a date corrected, the report deleted): see {@link EmittedEvents}. Counts
 * the weapon models and targets it could not recognise.
 */
final class ReportEventsProcessor implements Processor<String, StrikeReport, String, StrikeEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReportEventsProcessor.class);

    private final ReportNormalizer normalizer;
    private final String storeName;
    private EmittedEvents emitted;
    private Sensor unknownModels;
    private Sensor unresolvedTargets;

    ReportEventsProcessor(ReportNormalizer normalizer, String storeName) {
        this.normalizer = normalizer;
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, StrikeEvent> context) {
        this.emitted = new EmittedEvents(context, storeName);
        String thread = Thread.currentThread().getName();
        this.unknownModels = context.metrics().addRateTotalSensor("strikeline-enrich", thread, "unknown-weapon-models",
                Sensor.RecordingLevel.INFO, "task-id", context.taskId().toString());
        this.unresolvedTargets = context.metrics().addRateTotalSensor("strikeline-enrich", thread,
                "unresolved-targets", Sensor.RecordingLevel.INFO, "task-id", context.taskId().toString());
    }

    @Override
    public void process(Record<String, StrikeReport> record) {
        List<StrikeEvent> events = List.of();
        if (record.value() != null) {
            ReportNormalizer.Normalized normalized = normalizer.normalize(record.value());
            events = normalized.events();
            record(unknownModels, normalized.unknownModels(), "unknown weapon model", record.key());
            record(unresolvedTargets, normalized.unresolvedTargets(), "unresolved target", record.key());
        }
        emitted.replace(record, events);
    }

    private static void record(Sensor sensor, List<String> items, String what, String reportId) {
        for (String item : items) {
            sensor.record();
            LOG.debug("Report {}: {} '{}'", reportId, what, item);
        }
    }
}
