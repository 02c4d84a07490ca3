package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strikeline up} as a separate process: its status line, its stack, and a clean stop on SIGTERM. */
class UpCommandIT {

    private static final Pattern STATUS = Pattern.compile("bootstrap=(\\S+) registry=(\\S+) api=(\\S+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    private record Running(Process process, String bootstrap, String registry, String api) {
    }

    private Running startUp() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), StrikelineCli.class.getName(),
                "up", "--data-dir", dataDir.toString(), "--kafka-port", "0", "--registry-port", "0", "--api-port", "0")
                .redirectError(ProcessBuilder.Redirect.appendTo(dataDir.resolve("stderr.log").toFile()))
                .start();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = stdout.readLine();
        assertThat(line).as("status line of strikeline up").isNotNull();
        Matcher matcher = STATUS.matcher(line);
        assertThat(matcher.matches()).as("status line '%s'", line).isTrue();
        return new Running(process, matcher.group(1), matcher.group(2), matcher.group(3));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int stop(Running running) throws InterruptedException {
        running.process().destroy(); // SIGTERM
        assertThat(running.process().waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
        return running.process().exitValue();
    }

    @Test
    void shouldServeTheRegistryUntilSigtermAndKeepSchemasInItsDataDir() throws Exception {
        Running first = startUp();
        HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(first.registry()
                        + "/subjects/kept-value/versions"))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"schema\":\"\\\"string\\\"\"}")).build());
        assertThat(registered.body()).isEqualTo("{\"id\":1}");
        assertThat(send(HttpRequest.newBuilder(URI.create(first.api() + "/ready")).build()).statusCode())
                .as("the query API of the stages it runs is ready").isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(URI.create(first.api() + "/tallies/2025-07-23")).build()).body())
                .as("no tally yet").isEqualTo("[]");
        int exit = stop(first);
        assertThat(exit).as("exit code after SIGTERM (128 + 15)").isEqualTo(143);
        assertThat(java.nio.file.Files.readString(dataDir.resolve("stderr.log"))).contains("strikeline: stopped");

        Running second = startUp();
        try {
            assertThat(second.bootstrap()).as("same broker port after restart").isEqualTo(first.bootstrap());
            HttpResponse<String> subjects = send(HttpRequest.newBuilder(URI.create(second.registry() + "/subjects")).build());
            HttpResponse<String> schema = send(HttpRequest.newBuilder(URI.create(second.registry() + "/schemas/ids/1")).build());
            assertThat(subjects.body()).isEqualTo("[\"kept-value\"]");
            assertThat(schema.body()).isEqualTo("{\"schema\":\"\\\"string\\\"\"}");
        } finally {
            stop(second);
        }
        assertThat(List.of(dataDir.resolve("kafka").toFile().list())).contains("logs");
    }
}
