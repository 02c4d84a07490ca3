package io.strikeline.serde;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Confluent's Python Avro client ({@code confluent_kafka.avro} from Debian's python3-confluent-kafka)
 * as a separate process: an independent implementation of the wire format and the registry protocol.
 */
final class ConfluentPythonClient {

    static final String PYTHON = System.getProperty("strikeline.python", "/usr/bin/python3");

    private final Path script;

    ConfluentPythonClient(Path workDir) throws IOException {
        this.script = workDir.resolve("confluent_avro_client.py");
        try (InputStream in = ConfluentPythonClient.class.getResourceAsStream("/interop/confluent_avro_client.py")) {
            Files.copy(in, script);
        }
    }

    /** Null when the client can run here; otherwise why not. */
    static String unavailableReason() {
        try {
            Process probe = new ProcessBuilder(PYTHON, "-c", "import confluent_kafka.avro, avro.schema")
                    .redirectErrorStream(true).start();
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!probe.waitFor(60, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                return PYTHON + " cannot import confluent_kafka.avro (install Debian's python3-confluent-kafka and"
                        + " python3-avro, as .ci/run does): " + output.strip();
            }
            return null;
        } catch (IOException e) {
            return PYTHON + " is not available: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    List<String> consume(String bootstrap, String registry, String topic, int count) throws Exception {
        return run("consume", bootstrap, registry, topic, Integer.toString(count));
    }

    List<String> produce(String bootstrap, String registry, String topic, Path schemaFile, Path recordsFile)
            throws Exception {
        return run("produce", bootstrap, registry, topic, schemaFile.toString(), recordsFile.toString());
    }

    private List<String> run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON, script.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        // Read stderr on its own thread so a chatty client cannot block on a full pipe.
        var stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String stdout = readAll(process.getInputStream());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Python client timed out: " + String.join(" ", args));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("Python client failed (" + process.exitValue() + ") for " + String.join(" ", args)
                    + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr.get());
        }
        return stdout.lines().filter(line -> !line.isBlank()).toList();
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
