package io.strikeline.cli;

import io.strikeline.extract.eval.EventJson;
import io.strikeline.ingest.IngestSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strikeline extract}: articles to events, offline, one output line per article. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Run the extractor on articles (.jsonl, validated as 'ingest articles' validates them) and"
                + " write one line per article: {\"id\", \"events\": [...]}, the events in the gold file's shape.",
            "Lists every rejected line on stderr, then 'read N, extracted M, rejected K'. Exit code 1 if a line"
                    + " was rejected, else 0. No Kafka."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The articles (.jsonl).")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the events (default: stdout).")
    Path out;

    /** Tests put a stand-in here. */
    Extraction extraction = Extraction.articleExtractor();

    @Override
    public Integer call() throws IOException {
        // Checked before --out is opened, which would truncate an earlier output.
        if (!Files.isRegularFile(in)) {
            throw new UserError(in + " is not a readable file");
        }
        PrintWriter events = out == null ? spec.commandLine().getOut()
                : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        IngestSummary summary;
        try {
            // "\n" rather than println: JSON Lines has one line ending, whatever the platform's.
            summary = ArticleFile.read(in, article ->
                    events.print(EventJson.line(article.id(), extraction.extract(article)) + "\n"));
        } finally {
            if (out == null) {
                events.flush();
            } else {
                events.close();
            }
        }
        if (events.checkError()) {
            throw new UserError("Cannot write the events to " + (out == null ? "stdout" : out));
        }
        PrintWriter err = spec.commandLine().getErr();
        ArticleFile.printRejections(summary, err);
        err.println("read " + summary.read() + ", extracted " + summary.produced() + ", rejected " + summary.rejected());
        err.flush();
        return summary.rejected() > 0 ? 1 : 0;
    }
}
