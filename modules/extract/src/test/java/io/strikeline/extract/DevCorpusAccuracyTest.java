package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strikeline.extract.eval.EvaluationReport;
import io.strikeline.extract.eval.Evaluation;
import io.strikeline.extract.eval.EventLines;
import io.strikeline.extract.eval.EventRecord;
import io.strikeline.extract.eval.Scorer;
import io.strikeline.testkit.SharedMaterial;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The extractor measured on the real development corpus ({@code ../shared/corpus/dev}, skipped where it is
 * absent) against the accuracy the project promises: event F1 at least 0.85, (region, date) F1 at least 0.90
 * and no event on a negative article. The report is printed so that a failing run shows every miss and extra.
 */
class DevCorpusAccuracyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldMeetTheAccuracyTargetsOnTheDevelopmentCorpus() throws IOException {
        Path articlesFile = SharedMaterial.require("corpus/dev/articles.jsonl");
        Path goldFile = SharedMaterial.require("corpus/dev/gold.jsonl");
        Map<String, ArticleText> articles = readArticles(articlesFile);
        ArticleExtractor extractor = ArticleExtractor.create();
        Map<String, List<EventRecord>> predicted = new LinkedHashMap<>();
        articles.forEach((id, article) -> predicted.put(id,
                extractor.extract(article).stream().map(EventRecord::of).toList()));

        Evaluation evaluation = Scorer.score(EventLines.read(goldFile), predicted);
        EvaluationReport.lines(evaluation, articles, true).forEach(System.out::println);

        assertThat(evaluation.events().f1()).as("event F1").isGreaterThanOrEqualTo(0.85);
        assertThat(evaluation.regionDays().f1()).as("(region, date) F1").isGreaterThanOrEqualTo(0.90);
        assertThat(evaluation.eventsOnNegativeArticles()).as("events on negative articles").isZero();
    }

    private static Map<String, ArticleText> readArticles(Path file) throws IOException {
        Map<String, ArticleText> articles = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String id = node.get("id").asText();
            articles.put(id, new ArticleText(id, text(node, "url"), text(node, "source"),
                    LocalDate.parse(node.get("published").asText()), text(node, "title"), node.get("text").asText()));
        }
        return articles;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
