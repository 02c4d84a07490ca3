package io.strikeline.cli;

import io.strikeline.avro.RegionDayTally;
import io.strikeline.cli.stack.EmbeddedPipeline;
import io.strikeline.cli.stack.LocalStack;
import io.strikeline.ingest.Ingest;
import io.strikeline.ingest.IngestSummary;
import io.strikeline.ingest.IngestWriter;
import io.strikeline.ingest.ProgressBar;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main job on the embedded default: a real broker, the registry and the stream stages in this
 * process; strike reports ingested; tallies printed once the pipeline has caught up.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run strikeline end to end on the embedded default (a real in-process Kafka broker, the schema"
                + " registry and the stream stages): ingest strike reports, wait until the tallies settle, print them.",
            "Uses a small sample in the Air Force dataset's format unless --reports names a file."})
final class DemoCommand implements Callable<Integer> {

    private static final String SAMPLE = "/io/strikeline/cli/demo-reports.csv";
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(10);

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", paramLabel = "FILE", description = "Strike reports to ingest (.csv or .jsonl)"
            + " instead of the sample.")
    Path reports;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's data and stream state here. Default: a temporary directory.")
    Path dataDir;

    @Option(names = "--serve", description = "Keep everything running afterwards (as 'strikeline up' does, on free"
            + " ports) until interrupted.")
    boolean serve;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long begin = System.nanoTime();
        out.println("strikeline demo: starting Kafka, the schema registry and the stream stages in this process");
        out.flush();
        EmbeddedPipeline running = EmbeddedPipeline.start(
                new LocalStack.Options(Optional.ofNullable(dataDir), "localhost", 0, 0), 0);
        try {
            out.printf("  broker    %s  (KRaft broker+controller, ready in %.1f s)%n",
                    running.stack().bootstrapServers(), running.stack().kafka().startupTime().toMillis() / 1000.0);
            out.printf("  registry  %s  (Confluent Schema Registry API)%n", running.stack().registryUrl());
            out.printf("  stages    enrich (strike-reports.raw, articles.raw -> strike-events), aggregate"
                    + " (strike-events -> tallies.region-day), exactly-once%n");
            out.flush();

            StrikelineTopics topics = running.pipeline().topics();
            Path input = reports != null ? reports : sample();
            IngestSummary summary;
            try (IngestWriter writer = IngestWriter.connect(running.stack().bootstrapServers(), Map.of())) {
                summary = new Ingest(running.stack().bootstrapServers(), Map.of(), topics, writer, Clock.systemUTC())
                        .reports(input, false, ProgressBar.NONE);
            }
            out.printf("  ingest    %s: %s%n", reports != null ? reports : "sample reports (demo-reports.csv)",
                    summary.line());
            summary.rejections().forEach(rejection -> out.printf("            rejected line %d -> %s: %s%n",
                    rejection.line(), topics.ingestDlq().name(), rejection.reason()));
            out.flush();

            long settleStart = System.nanoTime();
            running.pipeline().awaitSettled(SETTLE_TIMEOUT);
            Map<String, RegionDayTally> tallies = TopicSnapshot.read(running.stack().bootstrapServers(), Map.of(),
                    topics.tallies().name(), topics.tallies().valueSerde().deserializer());
            int events = TopicSnapshot.read(running.stack().bootstrapServers(), Map.of(),
                    topics.strikeEvents().name(), new ByteArrayDeserializer()).size();
            out.printf("  settled   in %.1f s: %d strike events -> %d region-day tallies%n",
                    Duration.ofNanos(System.nanoTime() - settleStart).toMillis() / 1000.0, events, tallies.size());
            out.println();
            TallyTable.render(tallies.values()).forEach(out::println);
            out.println();
            out.println("  National (UA) rows are country totals and overlap the regional rows: never add them up."
                    + " Overlapping reports of the same model (Air Force HQ and a regional command) count once.");
            out.printf("strikeline demo: done in %.1f s%n", Duration.ofNanos(System.nanoTime() - begin).toMillis() / 1000.0);
            out.flush();
        } catch (RuntimeException | IOException | InterruptedException e) {
            running.close();
            throw e;
        }
        if (serve) {
            UpCommand.awaitShutdown(spec, running);
        } else {
            running.close();
        }
        return 0;
    }

    private static Path sample() throws IOException {
        Path dir = Files.createTempDirectory("strikeline-demo-");
        Path file = dir.resolve("demo-reports.csv");
        // Deleted in reverse order of registration: the file first, then the directory it leaves empty.
        dir.toFile().deleteOnExit();
        file.toFile().deleteOnExit();
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
