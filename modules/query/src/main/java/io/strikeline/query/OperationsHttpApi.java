package io.strikeline.query;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What an orchestrator and a monitoring system ask of an instance:
 * <ul>
 *   <li>{@code GET /health}: 200 while the instance is alive (RUNNING, or REBALANCING, which passes), else 503 —
 *       for a liveness probe, which restarts the process when it fails;</li>
 *   <li>{@code GET /ready}: 200 only when RUNNING (its state restored, its tasks assigned) — for a readiness probe,
 *       which keeps traffic away meanwhile;</li>
 *   <li>{@code GET /metrics}: Prometheus text, Kafka Streams' own metrics through Micrometer's binder, and the JVM's.</li>
 * </ul>
 */
public final class OperationsHttpApi implements AutoCloseable {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final KafkaStreams streams;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final KafkaStreamsMetrics streamsMetrics;
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();

    public OperationsHttpApi(KafkaStreams streams) {
        this.streams = streams;
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
    }

    public void install(JavalinConfig config) {
        config.routes.get("/health", ctx -> state(ctx, KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING));
        config.routes.get("/ready", ctx -> state(ctx, KafkaStreams.State.RUNNING));
        config.routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape()));
    }

    private void state(Context ctx, KafkaStreams.State... passing) {
        KafkaStreams.State state = streams.state(); // read once: the answer and its status agree
        boolean up = List.of(passing).contains(state);
        QueryHttpApi.json(ctx, up ? 200 : 503, Map.of("status", up ? "UP" : "DOWN", "state", state.name()));
    }

    @Override
    public void close() {
        streamsMetrics.close();
        gcMetrics.close();
        registry.close();
    }
}
