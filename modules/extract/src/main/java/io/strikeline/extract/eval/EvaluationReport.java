package io.strikeline.extract.eval;

import io.strikeline.extract.ArticleText;
import io.strikeline.extract.Evidence;
import io.strikeline.extract.Sentences;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An {@link Evaluation} as text a person reads: the figures in a table and, verbose, every miss and extra
 * with its article and the sentence to look at.
 */
public final class EvaluationReport {

    static final String NO_SENTENCE = "(no sentence names it)";
    static final String NATIONAL_TOTAL = "(national total)";

    private EvaluationReport() {
    }

    /**
     * @param articles the scored articles by id, for titles and sentences; an id missing here is shown without
     * @param verbose  list every miss and extra
     */
    public static List<String> lines(Evaluation evaluation, Map<String, ArticleText> articles, boolean verbose) {
        List<String> lines = new ArrayList<>();
        lines.add(format("articles scored: %d (%d negative)", evaluation.articlesScored(),
                evaluation.negativeArticles()));
        if (!evaluation.goldOnly().isEmpty()) {
            lines.add(format("not scored, in gold but not among the articles: %d %s", evaluation.goldOnly().size(),
                    evaluation.goldOnly()));
        }
        if (!evaluation.predictedOnly().isEmpty()) {
            lines.add(format("not scored, among the articles but not in gold: %d %s",
                    evaluation.predictedOnly().size(), evaluation.predictedOnly()));
        }
        lines.add("");
        lines.add(format("%-22s %9s %7s %6s %5s %5s %5s", "", "precision", "recall", "f1", "tp", "fp", "fn"));
        lines.add(scoreRow("region, date, weapon", evaluation.events()));
        lines.add(scoreRow("region, date", evaluation.regionDays()));
        lines.add("");
        lines.add(format("counts on the %d matched (region, date, weapon) events:", evaluation.events().truePositives()));
        for (CountField field : CountField.values()) {
            Agreement agreement = evaluation.agreement(field);
            lines.add(format("  %-12s %9s  %s", field.label(), agreement.agreed() + "/" + agreement.total(),
                    Double.isNaN(agreement.rate()) ? "-" : format("%.3f", agreement.rate())));
        }
        lines.add("");
        lines.add(format("negative articles: %d events predicted, on %d of %d articles",
                evaluation.eventsOnNegativeArticles(), evaluation.negativeArticlesWithEvents(),
                evaluation.negativeArticles()));
        if (verbose) {
            listed(lines, "misses (gold events not predicted)", evaluation, ArticleOutcome::misses, articles,
                    EvaluationReport::whereNamed);
            listed(lines, "extras (predicted events not in gold)", evaluation, ArticleOutcome::extras, articles,
                    (extra, article) -> extra.evidence() == null ? "(no evidence given)" : extra.evidence());
        }
        return lines;
    }

    private static String scoreRow(String label, Scores scores) {
        return format("%-22s %9.3f %7.3f %6.3f %5d %5d %5d", label, scores.precision(), scores.recall(), scores.f1(),
                scores.truePositives(), scores.falsePositives(), scores.falseNegatives());
    }

    private static void listed(List<String> lines, String heading, Evaluation evaluation,
            Function<ArticleOutcome, List<EventRecord>> events, Map<String, ArticleText> articles,
            BiFunction<EventRecord, ArticleText, String> sentence) {
        lines.add("");
        lines.add(heading + ": " + evaluation.outcomes().stream().mapToInt(outcome -> events.apply(outcome).size()).sum());
        for (ArticleOutcome outcome : evaluation.outcomes()) {
            ArticleText article = articles.get(outcome.id());
            for (EventRecord event : events.apply(outcome)) {
                String title = article == null || article.title() == null ? "(no title)" : article.title();
                lines.add(format("  %s  %s | %s", outcome.id(), event.key(), title));
                lines.add("      " + sentence.apply(event, article));
            }
        }
    }

    /**
     * Where a missed event's place is named: its settlements or its region. A national total names no place,
     * so none is searched for beyond its settlements.
     */
    static String whereNamed(EventRecord miss, ArticleText article) {
        if (article == null) {
            return "(article not available)";
        }
        List<String> names = new ArrayList<>(miss.settlements());
        if (!miss.isNational() && miss.region() != null) {
            names.add(miss.region());
        }
        return firstNaming(article.text(), names).orElse(miss.isNational() ? NATIONAL_TOTAL : NO_SENTENCE);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    /** The first sentence (as the extractor splits them) that contains any of the names, ignoring case. */
    static Optional<String> firstNaming(String text, Collection<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Sentences.of(text).stream().map(Evidence::sentence)
                .filter(sentence -> names.stream().anyMatch(name -> sentence.toLowerCase(Locale.ROOT)
                        .contains(name.toLowerCase(Locale.ROOT))))
                .findFirst();
    }
}
