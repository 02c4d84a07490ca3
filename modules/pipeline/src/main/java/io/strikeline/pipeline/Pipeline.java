package io.strikeline.pipeline;

import io.strikeline.aggregate.AggregateTopology;
import io.strikeline.alerts.AlertTopology;
import io.strikeline.alerts.rules.AlertRules;
import io.strikeline.avro.RegionDayContributions;
import io.strikeline.enrich.EnrichTopology;
import io.strikeline.enrich.Extractor;
import io.strikeline.enrich.ReportNormalizer;
import io.strikeline.enrich.WeaponCatalogue;
import io.strikeline.geo.Gazetteer;
import io.strikeline.runtime.StreamsRunner;
import io.strikeline.runtime.StreamsSettings;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicAdmin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The stream stages of strikeline running together in this process: creates the topics, then starts
 * enrich (strike-reports.raw and articles.raw -> strike-events) and aggregate (strike-events ->
 * tallies.region-day) and alerts (tallies.region-day -> alerts), each its own Kafka Streams application with its
 * own stable application id. A replay from strike-events runs aggregate alone.
 */
public final class Pipeline implements AutoCloseable {

    private static final String AGGREGATE = "aggregate";
    private static final String ALERTS = "alerts";

    private final PipelineConfig config;
    private final AvroSerdes serdes;
    private final StrikelineTopics topics;
    private final Set<PipelineStage> stages;
    private final List<StreamsRunner> runners;

    private Pipeline(PipelineConfig config, AvroSerdes serdes, StrikelineTopics topics, Set<PipelineStage> stages,
            List<StreamsRunner> runners) {
        this.config = config;
        this.serdes = serdes;
        this.topics = topics;
        this.stages = stages;
        this.runners = runners;
    }

    /** Every stage, alerts by the default rules. */
    public static Pipeline start(PipelineConfig config) {
        return start(config, EnumSet.allOf(PipelineStage.class));
    }

    /** Only {@code stages}, alerts (if among them) by the default rules. */
    public static Pipeline start(PipelineConfig config, Set<PipelineStage> stages) {
        return start(config, stages, AlertRules.defaults());
    }

    /** Only {@code stages}; the topics of the whole pipeline are created all the same. */
    public static Pipeline start(PipelineConfig config, Set<PipelineStage> stages, AlertRules alertRules) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("No stage to start");
        }
        Set<PipelineStage> started = Collections.unmodifiableSet(EnumSet.copyOf(stages));
        AvroSerdes serdes = AvroSerdes.forRegistry(config.registryUrl());
        StrikelineTopics topics = new StrikelineTopics(serdes, config.partitions(), config.topicSuffix(),
                config.topicSuffix() + config.outputSuffix());
        List<StreamsRunner> runners = new ArrayList<>();
        try {
            createTopics(config, topics);
            if (started.contains(PipelineStage.ENRICH)) {
                ReportNormalizer normalizer = new ReportNormalizer(WeaponCatalogue.load(), Gazetteer.load());
                runners.add(StreamsRunner.start("enrich",
                        EnrichTopology.build(topics, normalizer, Extractor.articleExtractor()),
                        settings(config, PipelineStage.ENRICH, topics.enrichDlq().name())));
            }
            if (started.contains(PipelineStage.AGGREGATE)) {
                runners.add(StreamsRunner.start(AGGREGATE,
                        AggregateTopology.build(topics, serdes.value(RegionDayContributions.class)),
                        settings(config, PipelineStage.AGGREGATE, topics.aggregateDlq().name())));
            }
            if (started.contains(PipelineStage.ALERTS)) {
                runners.add(StreamsRunner.start(ALERTS, AlertTopology.build(topics, alertRules),
                        settings(config, PipelineStage.ALERTS, topics.alertsDlq().name())));
            }
            return new Pipeline(config, serdes, topics, started, runners);
        } catch (RuntimeException e) {
            runners.forEach(StreamsRunner::close);
            serdes.close();
            throw e;
        }
    }

    static void createTopics(PipelineConfig config, StrikelineTopics topics) {
        Map<String, Object> adminProps = new HashMap<>(config.clientProperties());
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        try (Admin admin = Admin.create(adminProps)) {
            TopicAdmin.ensure(admin, topics.definitions(), config.replication());
        }
    }

    private static java.util.Properties settings(PipelineConfig config, PipelineStage stage, String deadLetterTopic) {
        String appId = stage.applicationId(config);
        Map<String, Object> overrides = new HashMap<>(config.clientProperties());
        overrides.putAll(config.streamsOverrides());
        return StreamsSettings.of(appId, config.bootstrapServers(), config.stateDir().resolve(appId), deadLetterTopic,
                overrides);
    }

    /** The running stages: their consumer groups and the topics they read. */
    public List<Settling.Stage> stages() {
        List<Settling.Stage> running = new ArrayList<>();
        if (stages.contains(PipelineStage.ENRICH)) {
            running.add(new Settling.Stage(PipelineStage.ENRICH.applicationId(config),
                    List.of(topics.strikeReports().name(), topics.articles().name())));
        }
        if (stages.contains(PipelineStage.AGGREGATE)) {
            running.add(new Settling.Stage(PipelineStage.AGGREGATE.applicationId(config),
                    List.of(topics.strikeEvents().name())));
        }
        if (stages.contains(PipelineStage.ALERTS)) {
            String applicationId = PipelineStage.ALERTS.applicationId(config);
            running.add(new Settling.Stage(applicationId,
                    List.of(topics.tallies().name(), AlertTopology.repartitionTopic(applicationId))));
        }
        return running;
    }

    /** The aggregate stage's instance: its state answers the query API (interactive queries). */
    public KafkaStreams aggregateStreams() {
        return runners.stream().filter(runner -> runner.name().equals(AGGREGATE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("this pipeline does not run the aggregate stage")).streams();
    }

    /** The partitions of the data topics (strike-events, and so the aggregate stage's state). */
    public int partitions() {
        return config.partitions();
    }

    public StrikelineTopics topics() {
        return topics;
    }

    /** Waits until every stage is RUNNING. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        for (StreamsRunner runner : runners) {
            if (!runner.awaitRunning(timeout)) {
                throw new IllegalStateException(runner.name() + " is not running after " + timeout
                        + " (state " + runner.streams().state() + ")");
            }
        }
    }

    /** Waits until every stage has processed all its input (see {@link Settling}). */
    public void awaitSettled(Duration timeout) throws InterruptedException {
        Settling.await(config, stages(), timeout);
    }

    @Override
    public void close() {
        for (int i = runners.size() - 1; i >= 0; i--) {
            runners.get(i).close();
        }
        serdes.close();
    }
}
