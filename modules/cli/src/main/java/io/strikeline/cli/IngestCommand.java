package io.strikeline.cli;

import io.strikeline.ingest.Ingest;
import io.strikeline.ingest.IngestException;
import io.strikeline.ingest.IngestSummary;
import io.strikeline.ingest.IngestWriter;
import io.strikeline.ingest.ProgressBar;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicAdmin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strikeline ingest reports|articles FILE}: validate a file and produce its records. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read a file, produce its valid records, and send every invalid one to ingest.dlq with its reason.",
        subcommands = {IngestCommand.Reports.class, IngestCommand.Articles.class})
final class IngestCommand {

    /** Files above this size get a progress bar, when stderr is a terminal. */
    private static final long PROGRESS_THRESHOLD_BYTES = 1024 * 1024;

    @Command(name = "reports", mixinStandardHelpOptions = true,
            description = {"Strike reports (.csv with the dataset's header, either generation, or .jsonl) ->"
                    + " strike-reports.raw, keyed by a stable report id.",
                "Prints 'read N, produced M, rejected K' and lists every rejected row with its reason."})
    static final class Reports implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ClusterOptions cluster;

        @Parameters(paramLabel = "FILE", description = "The report file.")
        Path file;

        @Option(names = "--snapshot", description = "The file is the whole current dataset: delete (tombstone)"
                + " reports ingested from a file that it no longer contains, such as rows whose date was corrected."
                + " Reports pushed over HTTP stay. Nothing is deleted if a row of the file is rejected.")
        boolean snapshot;

        @Override
        public Integer call() throws IOException {
            return run(spec, cluster, file, (ingest, progress) -> ingest.reports(file, snapshot, progress));
        }
    }

    @Command(name = "articles", mixinStandardHelpOptions = true,
            description = "Articles (.jsonl: {\"id\",\"url\",\"source\",\"published\",\"title\",\"text\"} per line)"
                    + " -> articles.raw, keyed by id.")
    static final class Articles implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ClusterOptions cluster;

        @Parameters(paramLabel = "FILE", description = "The article file.")
        Path file;

        @Override
        public Integer call() throws IOException {
            return run(spec, cluster, file, (ingest, progress) -> ingest.articles(file, progress));
        }
    }

    @FunctionalInterface
    private interface Run {
        IngestSummary apply(Ingest ingest, LongConsumer progress) throws IOException;
    }

    private static int run(CommandSpec spec, ClusterOptions cluster, Path file, Run run) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + " is not a readable file");
        }
        IngestSummary summary;
        try (AvroSerdes serdes = AvroSerdes.forRegistry(cluster.schemaRegistryUrl);
                IngestWriter writer = IngestWriter.connect(cluster.bootstrapServers, Map.of())) {
            StrikelineTopics topics = new StrikelineTopics(serdes);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
                TopicAdmin.ensure(admin, topics.definitions(), Optional.empty());
            } catch (IllegalStateException e) {
                throw new UserError("Cannot reach Kafka at " + cluster.bootstrapServers + " (" + e.getMessage()
                        + "). Start 'strikeline up' or pass --bootstrap-servers.");
            }
            Ingest ingest = new Ingest(cluster.bootstrapServers, Map.of(), topics, writer, Clock.systemUTC());
            ProgressBar bar = progressBar(file);
            summary = run.apply(ingest, bar == null ? ProgressBar.NONE : bar);
            if (bar != null) {
                bar.finish();
            }
        } catch (IngestException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (IngestSummary.Rejection rejection : summary.rejections()) {
            err.println("rejected " + rejection.source() + ":" + rejection.line() + ": " + rejection.reason());
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(summary.line());
        out.flush();
        return 0;
    }

    /** A bar only where a person watches a terminal, and only for files big enough to wait for. */
    private static ProgressBar progressBar(Path file) throws IOException {
        boolean stderrIsTerminal = Boolean.getBoolean("strikeline.stderr.tty");
        long size = Files.size(file);
        return stderrIsTerminal && size >= PROGRESS_THRESHOLD_BYTES ? new ProgressBar(System.err, size) : null;
    }
}
