package io.strikeline.pipeline;

import io.strikeline.aggregate.AggregateTopology;
import io.strikeline.alerts.AlertTopology;
import io.strikeline.enrich.EnrichTopology;

/** The stream stages a {@link Pipeline} runs, each a Kafka Streams application of its own. */
public enum PipelineStage {
    /** strike-reports.raw and articles.raw -> strike-events. */
    ENRICH(EnrichTopology.APPLICATION_ID),
    /** strike-events -> tallies.region-day. */
    AGGREGATE(AggregateTopology.APPLICATION_ID),
    /** tallies.region-day -> alerts. */
    ALERTS(AlertTopology.APPLICATION_ID);

    private final String applicationId;

    PipelineStage(String applicationId) {
        this.applicationId = applicationId;
    }

    /** The stage's application id (and consumer group) in a run of {@code config}: the stable id and its suffix. */
    public String applicationId(PipelineConfig config) {
        return applicationId + config.appIdSuffix();
    }
}
