package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.strikeline.cli.OfflineCommands.Result;
import io.strikeline.cli.stack.EmbeddedPipeline;
import io.strikeline.cli.stack.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands a user runs against a running stack: {@code ingest reports}, {@code tallies}, and the
 * push API that {@code up} serves; the stack is the same one {@code up} runs, started in-process.
 */
class PipelineCommandsIT {

    private static EmbeddedPipeline running;
    private static StackCommands commands;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        running = EmbeddedPipeline.start(new LocalStack.Options(Optional.empty(), "localhost", 0, 0), 0);
        commands = new StackCommands(running);
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void ingestedReportsBecomeTalliesThatTheTalliesCommandPrints() throws Exception {
        Path csv = dir.resolve("reports.csv");
        Files.writeString(csv, """
                time_start,time_end,model,launch_place,target,launched,destroyed,source
                2025-03-01 18:00,2025-03-02 08:00,Shahed-136/131,Kursk oblast,Kherson oblast,25,20,kpszsu/posts/cli-1
                2025-03-01 18:00,2025-03-02 08:00,Iskander-M,Belgorod oblast,Kherson oblast,2,0,kpszsu/posts/cli-1
                2025-03-02,2025-03-02,Shahed-136/131,Kursk oblast,Ukraine,many,,kpszsu/posts/cli-2
                """);

        Result ingest = commands.run("ingest", "reports", csv.toString());

        assertThat(ingest.exitCode()).isZero();
        assertThat(ingest.out()).contains("read 3, produced 2, rejected 1");
        assertThat(ingest.err()).contains("rejected reports.csv:4: launched 'many' is not a number");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Result tallies = commands.run("tallies", "--region", "UA-65", "--from", "2025-03-01", "--to", "2025-03-31");
            assertThat(tallies.exitCode()).isZero();
            assertThat(tallies.out()).containsPattern("UA-65 +Kherson +2025-03-02 +2 +1 +1 .* 27 +20 +2")
                    .contains("1 tallies");
        });
    }

    @Test
    void theAlertsCommandPrintsTheCurrentSeverityOfEachAlertAndWithFromBeginningEveryRise() throws Exception {
        Path first = dir.resolve("first.csv");
        Files.writeString(first, """
                time_start,time_end,model,launch_place,target,launched,destroyed,source
                2025-05-04 20:00,2025-05-05 06:00,Shahed-136/131,Kursk oblast,Mykolaiv oblast,25,20,kpszsu/posts/cli-alerts
                """);
        Path revised = dir.resolve("revised.csv");
        Files.writeString(revised, Files.readString(first).replace(",25,20,", ",60,51,"));

        assertThat(commands.run("ingest", "reports", first.toString()).exitCode()).isZero();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(commands.run("alerts").out())
                        .containsPattern("WARNING +launched-per-day +UA-48 +2025-05-05 .*25 launched"));
        assertThat(commands.run("ingest", "reports", revised.toString()).exitCode()).isZero();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(commands.run("alerts").out())
                        .containsPattern("CRITICAL +launched-per-day +UA-48 +2025-05-05 .*60 launched")
                        .doesNotContainPattern("WARNING +launched-per-day +UA-48"));
        Result history = commands.run("alerts", "--from-beginning");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).containsPattern("(?s)WARNING +launched-per-day +UA-48 +2025-05-05 .*"
                + "CRITICAL +launched-per-day +UA-48 +2025-05-05").contains("alert records");
    }

    @Test
    void talliesRefusesAnUnknownRegionAndAnInvertedRange() {
        assertThat(commands.run("tallies", "--region", "UA-99").err()).contains("Unknown region 'UA-99'");
        assertThat(commands.run("tallies", "--from", "2025-03-02", "--to", "2025-03-01").exitCode()).isEqualTo(2);
    }

    @Test
    void pushedReportsAreCountedLikeIngestedOnes() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(running.apiUrl() + "/v1/strike-reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"time_start":"2025-04-10 19:00","time_end":"2025-04-11 07:00","model":"Lancet",
                         "target":"Zaporizhzhia oblast","launched":4,"destroyed":1,"source":"push/cli-1"}""")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(commands.run("tallies", "--region", "UA-23", "--from", "2025-04-11", "--to", "2025-04-11").out())
                        .containsPattern("UA-23 +Zaporizhzhia +2025-04-11 +1 +1 .* 4 +1 +1"));
    }

    @Test
    void ingestSaysWhatIsWrongWithAFileThatCannotBeIngested() throws Exception {
        Path noHeader = dir.resolve("bad.csv");
        Files.writeString(noHeader, "model,launched\nShahed,3\n");

        Result result = commands.run("ingest", "reports", noHeader.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("lacks the column(s) [time_start, time_end, source]");
    }
}
