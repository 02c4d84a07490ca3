package io.strikeline.cli;

import io.strikeline.alerts.rules.AlertRules;
import io.strikeline.avro.Alert;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main job on the embedded default: a real broker, the registry and the stream stages in this
 * process; strike reports ingested; tallies and the alerts they raise printed once the pipeline has caught up.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run strikeline end to end on the embedded default (a real in-process Kafka broker, the schema"
                + " registry and the stream stages): ingest strike reports, wait until the tallies settle, print them and"
                + " the alerts they raise.",
            "Uses a small sample in the Air Force dataset's format and a few sample articles unless --reports and"
                    + " --articles name files."})
final class DemoCommand implements Callable<Integer> {

    private static final String SAMPLE_REPORTS = "/io/strikeline/cli/demo-reports.csv";
    private static final String SAMPLE_ARTICLES = "/io/strikeline/cli/demo-articles.jsonl";
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(10);

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", paramLabel = "FILE", description = "Strike reports to ingest (.csv or .jsonl)"
            + " instead of the sample.")
    Path reports;

    @Option(names = "--articles", paramLabel = "FILE", description = "News articles to ingest (.jsonl: id, url,"
            + " source, published, title, text) instead of the sample.")
    Path articles;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's data and stream state here. Default: a temporary directory.")
    Path dataDir;

    @Mixin
    AlertRulesOption alertRules;

    @Option(names = "--serve", description = "Keep everything running afterwards (as 'strikeline up' does, on free"
            + " ports) until interrupted.")
    boolean serve;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AlertRules rules = alertRules.load();
        long begin = System.nanoTime();
        out.println("strikeline demo: starting Kafka, the schema registry and the stream stages in this process");
        out.flush();
        EmbeddedPipeline running = EmbeddedPipeline.start(
                new LocalStack.Options(Optional.ofNullable(dataDir), "localhost", 0, 0), 0, rules);
        try {
            out.printf("  broker    %s  (KRaft broker+controller, ready in %.1f s)%n",
                    running.stack().bootstrapServers(), running.stack().kafka().startupTime().toMillis() / 1000.0);
            out.printf("  registry  %s  (Confluent Schema Registry API)%n", running.stack().registryUrl());
            out.printf("  stages    enrich (strike-reports.raw and articles.raw -> strike-events), aggregate"
                    + " (strike-events -> tallies.region-day), alerts (tallies.region-day -> alerts, %s), exactly-once%n",
                    alertRules.describe());
            out.flush();

            StrikelineTopics topics = running.pipeline().topics();
            Path reportsInput = reports != null ? reports : sample(SAMPLE_REPORTS, "demo-reports.csv");
            Path articlesInput = articles != null ? articles : sample(SAMPLE_ARTICLES, "demo-articles.jsonl");
            IngestSummary reportsSummary;
            IngestSummary articlesSummary;
            try (IngestWriter writer = IngestWriter.connect(running.stack().bootstrapServers(), Map.of())) {
                Ingest ingest = new Ingest(running.stack().bootstrapServers(), Map.of(), topics, writer, Clock.systemUTC());
                reportsSummary = ingest.reports(reportsInput, false, ProgressBar.NONE);
                articlesSummary = ingest.articles(articlesInput, ProgressBar.NONE);
            }
            printIngest(out, topics, reports != null ? reports.toString() : "sample reports (demo-reports.csv)",
                    reportsSummary);
            printIngest(out, topics, articles != null ? articles.toString() : "sample articles (demo-articles.jsonl)",
                    articlesSummary);
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
            Map<String, Alert> alerts = TopicSnapshot.read(running.stack().bootstrapServers(), Map.of(),
                    topics.alerts().name(), topics.alerts().valueSerde().deserializer());
            out.println();
            out.printf("  alerts    %d raised (%s):%n", alerts.size(), topics.alerts().name());
            AlertTable.render(alerts.values(), AlertTable.BY_DAY_AND_REGION).forEach(line -> out.println("  " + line));
            out.println();
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

    private static void printIngest(PrintWriter out, StrikelineTopics topics, String what, IngestSummary summary) {
        out.printf("  ingest    %s: %s%n", what, summary.line());
        summary.rejections().forEach(rejection -> out.printf("            rejected line %d -> %s: %s%n",
                rejection.line(), topics.ingestDlq().name(), rejection.reason()));
    }

    private static Path sample(String resource, String name) throws IOException {
        Path dir = Files.createTempDirectory("strikeline-demo-");
        Path file = dir.resolve(name);
        // Deleted in reverse order of registration: the file first, then the directory it leaves empty.
        dir.toFile().deleteOnExit();
        file.toFile().deleteOnExit();
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
