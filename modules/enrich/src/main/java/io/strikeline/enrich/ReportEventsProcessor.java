package io.strikeline.enrich;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import java.util.List;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each report version to its events, replacing what the previous version emitted (a region dropped, a date
 * corrected, the report deleted): see {@link SourceEventsProcessor}. Counts the weapon models and targets it
 * could not recognise.
 */
final class ReportEventsProcessor extends SourceEventsProcessor<StrikeReport> {

    private static final Logger LOG = LoggerFactory.getLogger(ReportEventsProcessor.class);

    private final ReportNormalizer normalizer;
    private Sensor unknownModels;
    private Sensor unresolvedTargets;

    ReportEventsProcessor(ReportNormalizer normalizer, String storeName) {
        super(storeName);
        this.normalizer = normalizer;
    }

    @Override
    public void init(ProcessorContext<String, StrikeEvent> context) {
        super.init(context);
        String thread = Thread.currentThread().getName();
        this.unknownModels = context.metrics().addRateTotalSensor("strikeline-enrich", thread, "unknown-weapon-models",
                Sensor.RecordingLevel.INFO, "task-id", context.taskId().toString());
        this.unresolvedTargets = context.metrics().addRateTotalSensor("strikeline-enrich", thread,
                "unresolved-targets", Sensor.RecordingLevel.INFO, "task-id", context.taskId().toString());
    }

    @Override
    List<StrikeEvent> events(String reportId, StrikeReport report) {
        ReportNormalizer.Normalized normalized = normalizer.normalize(report);
        record(unknownModels, normalized.unknownModels(), "unknown weapon model", reportId);
        record(unresolvedTargets, normalized.unresolvedTargets(), "unresolved target", reportId);
        return normalized.events();
    }

    private static void record(Sensor sensor, List<String> items, String what, String reportId) {
        for (String item : items) {
            sensor.record();
            LOG.debug("Report {}: {} '{}'", reportId, what, item);
        }
    }
}
