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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private Path articles(String... lines) throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    @Test
    void shouldWriteALinePerGoodArticleAndReportEachRejectedLineWithExitCode1() throws Exception {
        Path in = articles(
                "{\"id\": \"x1\", \"source\": \"Example News\", ",
                "{\"id\": \"x2\", \"source\": \"Example News\", \"published\": \"2025-07-24\", \"title\": \"No body\"}",
                NEGATIVE_ARTICLE);

        Result result = run("extract", "--in", in.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("{\"id\":\"n1\",\"events\":[]}\n");
        assertThat(result.err().lines().toList()).hasSize(3)
                .first().asString().startsWith("rejected articles.jsonl:1: not valid JSON");
        assertThat(result.err().lines().toList().subList(1, 3)).containsExactly(
                "rejected articles.jsonl:2: text is missing or empty; it is required",
                "read 3, extracted 1, rejected 2");
    }

    @Test
    void shouldRejectWhatIngestRejectsSuchAsAnUnparseableDate() throws Exception {
        Path in = articles(NEGATIVE_ARTICLE.replace("2025-07-24", "24/07/2025"));

        Result result = run("extract", "--in", in.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("rejected articles.jsonl:1: published '24/07/2025' is not a date",
                "read 1, extracted 0, rejected 1");
    }

    @Test
    void shouldWriteTheExtractedEventsToTheOutFileAndExit0WhenNothingIsRejected() throws Exception {
        Path in = articles(NEGATIVE_ARTICLE, NEGATIVE_ARTICLE.replace("\"n1\"", "\"s1\""));
        Path out = dir.resolve("events.jsonl");
        Extraction extraction = answering(Map.of("s1", List.of(
                event("UA-59", "Sumy", "2025-07-24", WeaponClass.DRONE, "Drones struck Sumy overnight."))));

        Result result = run(extraction, "extract", "--in", in.toString(), "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("read 2, extracted 2, rejected 0\n");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("{\"id\":\"n1\",\"events\":[]}");
        assertThat(lines.get(1)).startsWith("{\"id\":\"s1\",\"events\":[{\"region_iso\":\"UA-59\",\"region\":\"Sumy\","
                + "\"date\":\"2025-07-24\",\"weapon\":\"DRONE\"").contains("\"evidence\":\"Drones struck Sumy overnight.\"");
    }

    @Test
    void shouldRefuseAMissingInputFileWithExitCode2AndLeaveTheOutputAlone() throws Exception {
        Path out = Files.writeString(dir.resolve("events.jsonl"), "earlier output\n");

        Result result = run("extract", "--in", dir.resolve("absent.jsonl").toString(), "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("strikeline: ").contains("absent.jsonl is not a readable file");
        assertThat(Files.readString(out)).isEqualTo("earlier output\n");
    }
}
