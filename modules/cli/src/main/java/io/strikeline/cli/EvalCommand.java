package io.strikeline.cli;

import io.strikeline.extract.ArticleText;
import io.strikeline.extract.eval.EventLines;
import io.strikeline.extract.eval.EventRecord;
import io.strikeline.extract.eval.Evaluation;
import io.strikeline.extract.eval.EvaluationReport;
import io.strikeline.extract.eval.MalformedLineException;
import io.strikeline.extract.eval.Scorer;
import io.strikeline.ingest.IngestSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strikeline eval}: the extractor scored against gold events, offline. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run the extractor on articles and score its events against gold events (one"
                + " {\"id\", \"events\": [...]} line per article): precision, recall and F1 over (region, date, weapon)"
                + " and (region, date), agreement of the counts on matched events, events on negative articles.",
            "Articles without gold and gold without an article are listed, not scored. Exit code 0 whatever the"
                    + " scores; 2 if a file cannot be read. No Kafka."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "FILE", description = "The articles (.jsonl).")
    Path articles;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold events (.jsonl).")
    Path gold;

    @Option(names = "--verbose", description = "List every miss and extra with its article and sentence.")
    boolean verbose;

    /** Tests put a stand-in here. */
    Extraction extraction = Extraction.articleExtractor();

    @Override
    public Integer call() throws IOException {
        Map<String, List<EventRecord>> goldEvents = readGold();
        Map<String, ArticleText> texts = new LinkedHashMap<>();
        Map<String, List<EventRecord>> predicted = new LinkedHashMap<>();
        PrintWriter err = spec.commandLine().getErr();
        IngestSummary summary = ArticleFile.read(articles, article -> {
            if (texts.put(article.id(), article) != null) {
                err.println("article " + article.id() + " appears more than once in " + articles + "; the last is scored");
            }
            predicted.put(article.id(), extraction.extract(article).stream().map(EventRecord::of).toList());
        });
        ArticleFile.printRejections(summary, err);
        err.flush();
        Evaluation evaluation = Scorer.score(goldEvents, predicted);
        PrintWriter out = spec.commandLine().getOut();
        EvaluationReport.lines(evaluation, texts, verbose).forEach(out::println);
        out.flush();
        return 0;
    }

    private Map<String, List<EventRecord>> readGold() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new UserError(gold + " is not a readable file");
        }
        try {
            return EventLines.read(gold);
        } catch (MalformedLineException e) {
            throw new UserError(e.getMessage());
        }
    }
}
