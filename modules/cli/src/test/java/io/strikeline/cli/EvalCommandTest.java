package io.strikeline.cli;

import static io.strikeline.cli.OfflineCommands.NEGATIVE_ARTICLE;
import static io.strikeline.cli.OfflineCommands.answering;
import static io.strikeline.cli.OfflineCommands.event;
import static io.strikeline.cli.OfflineCommands.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.WeaponClass;
import io.strikeline.cli.OfflineCommands.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    private static final String SUMY_ARTICLE = "{\"id\": \"a1\", \"source\": \"Example News\","
            + " \"published\": \"2025-07-24\", \"title\": \"Drones and a missile hit Sumy region\", \"text\":"
            + " \"Talks went on in Istanbul. Overnight drones struck the Sumy region. A missile hit a depot in Shostka.\"}";

    /** Drones on Sumy (found), a missile on Shostka (missed), and a Kharkiv drone event gold does not have. */
    private static final Extraction EXTRACTION = answering(Map.of("a1", List.of(
            event("UA-59", "Sumy", "2025-07-24", WeaponClass.DRONE, "Overnight drones struck the Sumy region."),
            event("UA-63", "Kharkiv", "2025-07-24", WeaponClass.DRONE, "Talks went on in Istanbul."))));

    @TempDir
    Path dir;

    private Path articles;
    private Path gold;

    @BeforeEach
    void writeFiles() throws Exception {
        articles = Files.writeString(dir.resolve("articles.jsonl"), String.join("\n", SUMY_ARTICLE, NEGATIVE_ARTICLE,
                NEGATIVE_ARTICLE.replace("\"n1\"", "\"unlabelled\"")) + "\n");
        gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"id": "a1", "events": [{"region_iso": "UA-59", "region": "Sumy", "date": "2025-07-24", \
                "weapon": "DRONE", "launched": null, "intercepted": null, "killed": null, "injured": null, \
                "settlement": null, "date_basis": "overnight_end"}, {"region_iso": "UA-59", "region": "Sumy", \
                "date": "2025-07-24", "weapon": "MISSILE", "launched": 1, "intercepted": null, "killed": null, \
                "injured": null, "settlement": "Shostka", "date_basis": "overnight_end"}], "notes": "invented"}
                {"id": "n1", "events": [], "notes": "a council meeting"}
                {"id": "no-article", "events": [], "notes": "its article is not in the file"}
                """);
    }

    @Test
    void shouldPrintTheScoresAndListArticlesOnOneSideOnly() {
        Result result = run(EXTRACTION, "eval", "--articles", articles.toString(), "--gold", gold.toString());

        // Tuples: gold {Sumy drone, Sumy missile}, predicted {Sumy drone, Kharkiv drone}: TP 1, FP 1, FN 1.
        // Region-days: gold {Sumy}, predicted {Sumy, Kharkiv}: TP 1, FP 1, FN 0.
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).contains("articles scored: 2 (1 negative)",
                "not scored, in gold but not among the articles: 1 [no-article]",
                "not scored, among the articles but not in gold: 1 [unlabelled]",
                "negative articles: 0 events predicted, on 0 of 1 articles");
        assertThat(result.out())
                .containsPattern("\nregion, date, weapon +0\\.500 +0\\.500 +0\\.500 +1 +1 +1\n")
                .containsPattern("\nregion, date +0\\.500 +1\\.000 +0\\.667 +1 +1 +0\n")
                .doesNotContain("misses");
    }

    @Test
    void shouldListMissesAndExtrasWithTheirSentencesWhenVerbose() {
        Result result = run(EXTRACTION, "eval", "--articles", articles.toString(), "--gold", gold.toString(),
                "--verbose");

        assertThat(result.out().lines().toList()).containsSubsequence(
                "misses (gold events not predicted): 1",
                "  a1  UA-59 2025-07-24 MISSILE | Drones and a missile hit Sumy region",
                "      Overnight drones struck the Sumy region.",
                "extras (predicted events not in gold): 1",
                "  a1  UA-63 2025-07-24 DRONE | Drones and a missile hit Sumy region",
                "      Talks went on in Istanbul.");
    }

    @Test
    void shouldRunTheProjectsExtractorAndReportARejectedArticleLine() throws Exception {
        Files.writeString(articles, NEGATIVE_ARTICLE + "\n{\"id\": \"bad\"}\n");

        Result result = run("eval", "--articles", articles.toString(), "--gold", gold.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("rejected articles.jsonl:2: source is missing or empty; it is required");
        assertThat(result.out()).contains("articles scored: 1 (1 negative)",
                "negative articles: 0 events predicted, on 0 of 1 articles",
                "not scored, in gold but not among the articles: 2 [a1, no-article]");
    }

    @Test
    void shouldRefuseAMalformedGoldFileNamingTheLineWithExitCode2() throws Exception {
        Files.writeString(gold, "{\"id\": \"n1\", \"events\": []}\n{\"id\": \"a1\", \"events\": [{\"weapon\": 7}]}\n");

        Result result = run(EXTRACTION, "eval", "--articles", articles.toString(), "--gold", gold.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("strikeline: gold.jsonl line 2: events[0]: region_iso is missing;"
                + " it is required\n");
    }
}
