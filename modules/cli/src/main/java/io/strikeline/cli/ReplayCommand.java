package io.strikeline.cli;

import io.strikeline.pipeline.PipelineConfig;
import io.strikeline.pipeline.replay.DayRange;
import io.strikeline.pipeline.replay.Replay;
import io.strikeline.pipeline.replay.ReplayRequest;
import io.strikeline.pipeline.replay.ReplaySource;
import io.strikeline.pipeline.replay.ReplaySummary;
import io.strikeline.pipeline.replay.SuffixInUseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.utils.Utils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strikeline replay}: events and tallies rebuilt from a range of days of a historical topic. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Rebuild strike events and tallies from the records of a range of days of a historical topic,"
                + " into new topics and under new application ids that carry --suffix. The live application is only"
                + " read: its topics, consumer groups and state are left as they are.",
            "From strike-reports.raw or articles.raw (or both) it runs enrich and aggregate, from strike-events"
                    + " aggregate alone; it exits once they have caught up, saying what it copied and wrote."})
final class ReplayCommand implements Callable<Integer> {

    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(30);

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--from", required = true, split = ",", paramLabel = "TOPIC", converter = SourceConverter.class,
            description = "strike-reports.raw, articles.raw (one or both, comma-separated: a day's tallies count"
                    + " both) or strike-events.")
    List<ReplaySource> from;

    @Option(names = "--since", required = true, paramLabel = "YYYY-MM-DD", description = "First day (inclusive)."
            + " A report's day is the Kyiv day its window ends, an article's the day it was published, an event's"
            + " its event_date.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive). Default: no end.")
    LocalDate until;

    @Option(names = "--suffix", required = true, paramLabel = "NAME", description = "Added with a dash to the"
            + " replay's topics and application ids (v2: strike-events-v2, strikeline-aggregate-v2). A suffix in use"
            + " is refused.")
    String suffix;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ReplayRequest request;
        try {
            request = new ReplayRequest(EnumSet.copyOf(from), DayRange.of(since, until), suffix);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        // The replay's stream state is its own and of no use once it has caught up.
        Path stateDir = Files.createTempDirectory("strikeline-replay-");
        ReplaySummary summary;
        try {
            summary = Replay.run(PipelineConfig.of(cluster.bootstrapServers, cluster.schemaRegistryUrl, stateDir),
                    request, SETTLE_TIMEOUT);
        } catch (SuffixInUseException e) {
            throw new UserError(e.getMessage());
        } catch (KafkaException | IllegalStateException e) {
            throw new UserError("The replay failed (" + e.getMessage() + "). Whatever it wrote carries the suffix "
                    + request.nameSuffix() + ": delete it, or replay into another suffix.");
        } finally {
            Utils.delete(stateDir.toFile());
        }
        PrintWriter out = spec.commandLine().getOut();
        ReplayReport.lines(summary).forEach(out::println);
        out.flush();
        return 0;
    }

    /** A topic name on the command line: {@code strike-reports.raw}, not the constant's name. */
    static final class SourceConverter implements CommandLine.ITypeConverter<ReplaySource> {
        @Override
        public ReplaySource convert(String value) {
            return ReplaySource.ofTopic(value);
        }
    }
}
