package io.strikeline.bench;

import io.strikeline.ingest.Ingest;
import io.strikeline.ingest.IngestSummary;
import io.strikeline.ingest.IngestWriter;
import io.strikeline.ingest.ProgressBar;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.pipeline.Pipeline;
import io.strikeline.pipeline.PipelineConfig;
import io.strikeline.registry.RegistryConfig;
import io.strikeline.registry.SchemaRegistryServer;
import io.strikeline.topics.TopicAdmin;
import io.strikeline.topics.TopicDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Strike reports per second from a CSV file to settled region-day tallies (ingest -> enrich -> aggregate,
 * exactly-once), measured in the same run and on the same in-process broker as Kafka's own
 * ProducerPerformance and ConsumerPerformance, so that the ratio, not the absolute figure, is what counts
 * on a noisy machine.
 *
 * <pre>modules/bench/throughput.sh [--reports N] [--partitions P] [--record-size BYTES] [--streams KEY=VALUE]...</pre>
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs options = new BenchArgs(args);
        int reports = options.intValue("--reports", 1_000_000);
        int partitions = options.intValue("--partitions", 4);
        int recordSize = options.intValue("--record-size", 300);
        int warmup = options.intValue("--warmup", 200_000);
        int commitIntervalMs = options.intValue("--commit-interval-ms", -1);
        Path work = Files.createTempDirectory("strikeline-bench-");
        Path csv = work.resolve("reports.csv");
        SyntheticReports.write(csv, reports, 42);
        Path warmupCsv = work.resolve("warmup.csv");
        SyntheticReports.write(warmupCsv, warmup, 7);
        System.out.printf("generated %,d reports (%,d MB of CSV), and %,d for warming up%n", reports,
                Files.size(csv) >> 20, warmup);

        try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(work.resolve("kafka")).start();
                SchemaRegistryServer registry = SchemaRegistryServer.start(RegistryConfig.local(kafka.bootstrapServers()))) {
            String bootstrap = kafka.bootstrapServers();
            PipelineConfig config = PipelineConfig.of(bootstrap, registry.url(), work.resolve("streams"))
                    .withPartitions(partitions);
            Map<String, Object> overrides = options.streamsOverrides();
            if (commitIntervalMs > 0) {
                // Throughput against latency: exactly-once commits (and tallies appear) once per interval.
                overrides.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
            }
            overrides.forEach((key, value) -> System.out.printf("%-26s %10s%n", key, value));
            config = config.withStreamsOverrides(overrides);
            if (warmup > 0) {
                // Same code, its own topics and application ids: the JIT compiles the hot paths here.
                Result warm = runPipeline(config.withTopicSuffix("-warmup").asReplay("-warmup"), warmupCsv);
                System.out.printf("warm-up                    %,10.0f reports/s (%,d reports, not counted)%n",
                        warm.pipelineRate(), warmup);
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                TopicAdmin.ensure(admin, List.of(new TopicDefinition("perf-reference", partitions, Map.of()),
                        new TopicDefinition("perf-reference-copy", partitions, Map.of())), Optional.empty());
                double producer = KafkaPerformanceTools.producerRate(bootstrap, "perf-reference", reports, recordSize);
                double consumer = KafkaPerformanceTools.consumerRate(bootstrap, "perf-reference", reports);
                System.out.printf("kafka ProducerPerformance  %,10.0f records/s (%d B records, acks=all)%n", producer,
                        recordSize);
                System.out.printf("kafka ConsumerPerformance  %,10.0f records/s%n", consumer);
                double copy = PassThroughReference.rate(admin, bootstrap, "perf-reference", "perf-reference-copy",
                        work.resolve("streams"), overrides);
                System.out.printf("streams exactly-once copy  %,10.0f records/s (%.1f %% of the producer: one stage, "
                        + "no state, one record out per record in)%n", copy, 100 * copy / producer);

                Result result = runPipeline(config, csv);
                report(result, producer);
                printWrittenPerReport(admin, result.summary().produced());
            }
        }
    }

    private static void report(Result result, double producer) {
        System.out.printf("strikeline ingest only     %,10.0f reports/s (%s in %.1f s)%n", result.ingestRate(),
                result.summary().line(), result.ingestSeconds());
        System.out.printf("strikeline file -> tallies %,10.0f reports/s (settled after %.1f s, exactly-once)%n",
                result.pipelineRate(), result.totalSeconds());
        System.out.printf("ratio to the raw producer  %10.1f %% (goal: at least 40 %%)%n",
                100 * result.pipelineRate() / producer);
    }

    /**
     * What the pipeline wrote per report, topic by topic (end offsets, so transaction markers are included):
     * every record is a produce, a broker append and usually a consume, which is where the time goes.
     */
    private static void printWrittenPerReport(Admin admin, long reports) throws Exception {
        long total = 0;
        for (String topic : new TreeSet<>(admin.listTopics().names().get())) {
            if (topic.contains("warmup") || topic.startsWith("perf-reference") || topic.startsWith("_")
                    || topic.contains("pass-through")) {
                continue;
            }
            long written = PassThroughReference.endOffsets(admin, topic).values().stream().mapToLong(Long::longValue).sum();
            if (written > 0) {
                System.out.printf("  written per report %6.2f  %s%n", (double) written / reports, topic);
                total += written;
            }
        }
        System.out.printf("records written per report %10.2f (all topics, with transaction markers)%n",
                (double) total / reports);
    }

    private record Result(IngestSummary summary, double ingestSeconds, double totalSeconds) {
        double ingestRate() {
            return summary.produced() / ingestSeconds;
        }

        double pipelineRate() {
            return summary.produced() / totalSeconds;
        }
    }

    /** Starts the stages, ingests the file, and times until the tallies have settled. */
    private static Result runPipeline(PipelineConfig config, Path csv) throws Exception {
        try (Pipeline pipeline = Pipeline.start(config);
                IngestWriter writer = IngestWriter.connect(config.bootstrapServers(), Map.of())) {
            pipeline.awaitRunning(Duration.ofMinutes(2));
            long start = System.nanoTime();
            IngestSummary summary = new Ingest(config.bootstrapServers(), Map.of(), pipeline.topics(), writer,
                    Clock.systemUTC()).reports(csv, false, ProgressBar.NONE);
            double ingestSeconds = seconds(start);
            pipeline.awaitSettled(Duration.ofHours(1));
            return new Result(summary, ingestSeconds, seconds(start));
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
