package io.strikeline.cli.stack;

import io.strikeline.alerts.rules.AlertRules;
import io.strikeline.cli.UserError;
import io.strikeline.ingest.IngestWriter;
import io.strikeline.ingest.http.IngestHttpApi;
import io.strikeline.kafka.local.Ports;
import io.strikeline.pipeline.Pipeline;
import io.strikeline.pipeline.PipelineConfig;
import io.strikeline.pipeline.PipelineStage;
import io.strikeline.query.OperationsHttpApi;
import io.strikeline.query.QueryHttpApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Everything {@code strikeline up} runs in one process: the broker and registry ({@link LocalStack}), the
 * stream stages ({@link Pipeline}) and the HTTP API (push ingest, the queries over the aggregate stage's state,
 * health, readiness and metrics). Closing stops them in reverse order.
 */
public final class EmbeddedPipeline implements AutoCloseable {

    private final LocalStack stack;
    private final Pipeline pipeline;
    private final IngestWriter pushWriter;
    private final ApiServer api;
    private final OperationsHttpApi operations;
    private final Path temporaryStateDir;

    private EmbeddedPipeline(LocalStack stack, Pipeline pipeline, IngestWriter pushWriter, ApiServer api,
            OperationsHttpApi operations, Path temporaryStateDir) {
        this.stack = stack;
        this.pipeline = pipeline;
        this.pushWriter = pushWriter;
        this.api = api;
        this.operations = operations;
        this.temporaryStateDir = temporaryStateDir;
    }

    /** With the default alert rules. */
    public static EmbeddedPipeline start(LocalStack.Options options, int apiPort) {
        return start(options, apiPort, AlertRules.defaults());
    }

    /**
     * @param apiPort    HTTP API port; 0 picks a free one
     * @param alertRules the rules the alerting stage judges the tallies by
     */
    public static EmbeddedPipeline start(LocalStack.Options options, int apiPort, AlertRules alertRules) {
        if (apiPort != 0 && !Ports.isFree(options.host(), apiPort)) {
            throw new UserError("Port " + apiPort + " on " + options.host() + " is already in use. Choose another with"
                    + " --api-port, or 0 for any free port.");
        }
        LocalStack stack = LocalStack.start(options);
        Path temporary = null;
        Pipeline pipeline = null;
        IngestWriter writer = null;
        OperationsHttpApi operations = null;
        try {
            Path stateDir;
            if (options.dataDir().isPresent()) {
                stateDir = options.dataDir().get().resolve("streams");
            } else {
                temporary = Files.createTempDirectory("strikeline-streams-");
                stateDir = temporary;
            }
            // The port is fixed before the stages start: the aggregate stage advertises it (application.server) so
            // that other instances can route queries here.
            HostInfo self = new HostInfo(options.host(), apiPort != 0 ? apiPort : Ports.freePort(options.host()));
            pipeline = Pipeline.start(PipelineConfig.of(stack.bootstrapServers(), stack.registryUrl(), stateDir)
                    .withStreamsOverrides(Map.of(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port())),
                    EnumSet.allOf(PipelineStage.class), alertRules);
            pipeline.awaitRunning(Duration.ofSeconds(60));
            writer = IngestWriter.connect(stack.bootstrapServers(), Map.of());
            IngestHttpApi ingestApi = new IngestHttpApi(writer, pipeline.topics(), Clock.systemUTC());
            QueryHttpApi queryApi = new QueryHttpApi(pipeline.aggregateStreams(), self, pipeline.partitions());
            operations = new OperationsHttpApi(pipeline.aggregateStreams());
            ApiServer api = ApiServer.start(self.host(), self.port(),
                    List.of(ingestApi::install, queryApi::install, operations::install));
            return new EmbeddedPipeline(stack, pipeline, writer, api, operations, temporary);
        } catch (IOException e) {
            closeQuietly(operations);
            close(stack, pipeline, writer, temporary);
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(operations);
            close(stack, pipeline, writer, temporary);
            throw new IllegalStateException("Interrupted while starting", e);
        } catch (RuntimeException e) {
            closeQuietly(operations);
            close(stack, pipeline, writer, temporary);
            throw e;
        }
    }

    public LocalStack stack() {
        return stack;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public String apiUrl() {
        return api.url();
    }

    /** {@code bootstrap=HOST:PORT registry=URL api=URL}: the one line other tools read to find the stack. */
    public String statusLine() {
        return stack.statusLine() + " api=" + api.url();
    }

    @Override
    public void close() {
        try {
            api.close();
        } finally {
            operations.close();
            close(stack, pipeline, pushWriter, temporaryStateDir);
        }
    }

    private static void close(LocalStack stack, Pipeline pipeline, IngestWriter writer, Path temporary) {
        if (writer != null) {
            writer.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        stack.close();
        if (temporary != null) {
            deleteQuietly(temporary);
        }
    }

    private static void closeQuietly(OperationsHttpApi operations) {
        if (operations != null) {
            operations.close();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
