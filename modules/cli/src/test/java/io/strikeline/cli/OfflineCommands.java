package io.strikeline.cli;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import io.strikeline.extract.Evidence;
import io.strikeline.extract.ExtractedEvent;
import io.strikeline.geo.Region;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code extract} and {@code eval} through picocli as {@code main} does, with a stand-in extraction where given. */
final class OfflineCommands {

    /** A valid article with no attack in it: no extractor should find an event. */
    static final String NEGATIVE_ARTICLE = "{\"id\": \"n1\", \"url\": \"https://news.example/council\","
            + " \"source\": \"Example News\", \"published\": \"2025-07-24\", \"title\": \"Council meets\","
            + " \"text\": \"The city council met on Thursday to discuss the school budget.\"}";

    record Result(int exitCode, String out, String err) {
    }

    private OfflineCommands() {
    }

    static Result run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** With {@code extraction} standing in for the extractor in both commands. */
    static Result run(Extraction extraction, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K command = CommandLine.defaultFactory().create(type);
                if (command instanceof ExtractCommand extract) {
                    extract.extraction = extraction;
                } else if (command instanceof EvalCommand eval) {
                    eval.extraction = extraction;
                }
                return command;
            }
        };
        return run(factory, args);
    }

    private static Result run(CommandLine.IFactory factory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = StrikelineCli.commandLine(factory).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A stand-in extractor that answers from a table by article id (none for an id not in it). */
    static Extraction answering(Map<String, List<ExtractedEvent>> byId) {
        return article -> byId.getOrDefault(article.id(), List.of());
    }

    static ExtractedEvent event(String iso, String name, String date, WeaponClass weapon, String sentence) {
        return new ExtractedEvent(new Region(iso, name), LocalDate.parse(date), DateBasis.OVERNIGHT_END, weapon, null,
                null, null, null, null, null, List.of(), new Evidence(sentence, 0, sentence.length()), 0.5);
    }
}
