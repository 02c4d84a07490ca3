package io.strikeline.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An aggregation instance in a child JVM ({@link AggregateInstanceMain}) on the test's classpath, so that it can
 * be killed the way a machine dies: SIGKILL, no shutdown hook, no last commit, no leaving the group. Its output
 * (stdout and the logs on stderr) goes to a file, which says when it is running and is kept for a failure's
 * message.
 */
final class AggregateProcess implements AutoCloseable {

    private static final long STOP_SECONDS = 60;

    private final Process process;
    private final Path output;

    private AggregateProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static AggregateProcess start(String bootstrapServers, String registryUrl, AggregateStage stage, Path stateDir,
            Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), AggregateInstanceMain.class.getName()));
        command.addAll(AggregateInstanceMain.arguments(bootstrapServers, registryUrl, stateDir, stage));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        return new AggregateProcess(process, output);
    }

    /** Waits until the instance says it is running; fails with its output if it does not. */
    void awaitRunning(Duration timeout) {
        await().atMost(timeout).untilAsserted(() -> assertThat(process.isAlive()
                && output().contains(AggregateInstanceMain.RUNNING))
                .as(() -> "instance running; its output so far:\n" + output()).isTrue());
    }

    /** Everything the process has written so far. */
    private String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL, then waits for the end; returns the exit code (137 = 128 + 9 when the kill was what ended it). */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The killed process " + process.pid() + " is still alive");
        }
        return process.exitValue();
    }

    /** SIGTERM, which closes the instance cleanly; SIGKILL if it has not ended within a minute. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
