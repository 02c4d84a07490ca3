package io.strikeline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own ProducerPerformance and ConsumerPerformance (from kafka-tools), each run in its own JVM
 * against the broker under test, with their rates read from what they print.
 */
final class KafkaPerformanceTools {

    private static final Pattern PRODUCER_RATE = Pattern.compile("records sent, ([0-9.]+) records/sec");

    private KafkaPerformanceTools() {
    }

    /** Records per second, acks=all, as fast as possible. */
    static double producerRate(String bootstrap, String topic, int records, int recordSize) throws Exception {
        List<String> output = run("org.apache.kafka.tools.ProducerPerformance", "--topic", topic,
                "--num-records", Integer.toString(records), "--record-size", Integer.toString(recordSize),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all",
                "linger.ms=5", "batch.size=65536");
        for (int i = output.size() - 1; i >= 0; i--) {
            Matcher matcher = PRODUCER_RATE.matcher(output.get(i));
            if (matcher.find()) {
                return Double.parseDouble(matcher.group(1));
            }
        }
        throw new IllegalStateException("No rate in ProducerPerformance output: " + output);
    }

    /** Records per second reading the whole topic from the beginning. */
    static double consumerRate(String bootstrap, String topic, int records) throws Exception {
        List<String> output = run("org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrap,
                "--topic", topic, "--messages", Integer.toString(records), "--timeout", "60000");
        // CSV: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, ...
        for (int i = output.size() - 1; i >= 0; i--) {
            String[] columns = output.get(i).split(",\\s*");
            if (columns.length >= 6 && columns[5].matches("[0-9.]+")) {
                return Double.parseDouble(columns[5]);
            }
        }
        throw new IllegalStateException("No rate in ConsumerPerformance output: " + output);
    }

    private static List<String> run(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " failed: " + output);
        }
        return output.lines().toList();
    }
}
