package io.strikeline.bench;

import io.strikeline.aggregate.AggregateTopology;
import io.strikeline.avro.Alert;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.pipeline.Pipeline;
import io.strikeline.pipeline.PipelineConfig;
import io.strikeline.pipeline.PipelineStage;
import io.strikeline.registry.RegistryConfig;
import io.strikeline.registry.SchemaRegistryServer;
import io.strikeline.runtime.StreamsSettings;
import io.strikeline.topics.StrikelineTopics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * End-to-end latency at a steady rate: from the moment an input is due to be produced (a raw strike report, or
 * with {@code --from strike-events} its events) to the moment the tallies that include it are readable by a
 * {@code read_committed} consumer of tallies.region-day (and, when there is an alerts topic, the first alert).
 *
 * <p>Rate: input {@code i} is due at {@code start + i / rate} ({@link RateSchedule}); the sender waits for each due
 * time and never reschedules, and every latency is measured from the due time, not from the actual send, so a
 * sender or broker stall counts in full for every input it delays (coordinated-omission-safe).
 *
 * <p>Matching: each input is one synthetic report on a day of its own ({@link LatencyInputs}), so the region-days
 * its events name (its national one and one per region it names) belong to it alone; the harness knows them
 * by running enrich's parser and normaliser on it. A tally of one of those region-days includes the input when its
 * {@code last_updated} equals the input's {@code ingested_at}, which the harness sets to the due time, distinct per
 * input ({@link InputMatcher}). Reported: to the input's first tally, and to all its tallies (the input is then
 * fully visible downstream). An alert is matched the same way, by the region-day in its key and the
 * {@code last_updated} of the tally it carries. The price of the method: every tally is of a new region-day, as
 * in a day's first report, never a merge into a busy day.
 */
public final class LatencyBenchmark {

    private static final Duration DRAIN = Duration.ofSeconds(30);
    /** How long alerts are still read after the last input's tallies, beyond the 1 s target. */
    private static final Duration ALERTS_AFTER_TALLIES = Duration.ofSeconds(5);

    private LatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs options = new BenchArgs(args);
        int rate = options.intValue("--rate", 1_000);
        int seconds = options.intValue("--seconds", 60);
        int warmupSeconds = options.intValue("--warmup", 10);
        int partitions = options.intValue("--partitions", 4);
        boolean fromEvents = options.value("--from").map(from -> switch (from) {
            case StrikelineTopics.STRIKE_EVENTS -> true;
            case StrikelineTopics.STRIKE_REPORTS_RAW -> false;
            default -> throw new IllegalArgumentException("--from takes strike-reports.raw or strike-events, not " + from);
        }).orElse(false);
        Map<String, Object> producerSettings = new HashMap<>();
        options.value("--linger-ms").ifPresent(linger -> producerSettings.put(ProducerConfig.LINGER_MS_CONFIG, linger));
        Map<String, Object> overrides = options.streamsOverrides();

        int warmupInputs = rate * warmupSeconds;
        List<LatencyInputs.Input> inputs = LatencyInputs.generate(warmupInputs + rate * seconds, 42);
        List<Set<String>> regionDays = inputs.stream().map(LatencyInputs.Input::regionDays).toList();
        System.out.printf("inputs                     %,d/s for %d s after %d s of warm-up, from %s (%.2f tallies each)%n",
                rate, seconds, warmupSeconds, fromEvents ? "strike-events" : "strike-reports.raw",
                regionDays.stream().mapToInt(Set::size).average().orElse(0));

        Path work = Files.createTempDirectory("strikeline-latency-");
        try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(work.resolve("kafka")).start();
                SchemaRegistryServer registry = SchemaRegistryServer.start(RegistryConfig.local(kafka.bootstrapServers()))) {
            String bootstrap = kafka.bootstrapServers();
            PipelineConfig config = PipelineConfig.of(bootstrap, registry.url(), work.resolve("streams"))
                    .withPartitions(partitions).withStreamsOverrides(overrides);
            printSettings(config, producerSettings);
            Set<PipelineStage> stages = fromEvents ? EnumSet.of(PipelineStage.AGGREGATE, PipelineStage.ALERTS)
                    : EnumSet.allOf(PipelineStage.class);
            try (Pipeline pipeline = Pipeline.start(config, stages);
                    InputSender sender = new InputSender(bootstrap, producerSettings, pipeline.topics(), fromEvents)) {
                pipeline.awaitRunning(Duration.ofMinutes(2));
                AtomicReference<RateSchedule> schedule = new AtomicReference<>();
                ArrivalProbe<RegionDayTally> tallies = new ArrivalProbe<>("tallies", bootstrap,
                        pipeline.topics().tallies().name(), pipeline.topics().tallies().valueSerde().deserializer(),
                        key -> key, tally -> tally.getLastUpdated().toEpochMilli(),
                        new InputMatcher(regionDays, i -> schedule.get().ingestedAtMillis(i)),
                        i -> schedule.get().dueNanos(i), warmupInputs);
                tallies.start();
                // The alerting stage runs with the others (default rules). Alert keys are RULE|REGION|YYYY-MM-DD: the
                // region-day is what follows the rule; the alert's tally says which input it includes.
                ArrivalProbe<Alert> alerts = new ArrivalProbe<>("alerts", bootstrap, pipeline.topics().alerts().name(),
                        pipeline.topics().alerts().valueSerde().deserializer(), key -> key.substring(key.indexOf('|') + 1),
                        alert -> alert.getTally().getLastUpdated().toEpochMilli(),
                        new InputMatcher(regionDays, i -> schedule.get().ingestedAtMillis(i)),
                        i -> schedule.get().dueNanos(i), warmupInputs);
                alerts.start();

                String loadBefore = load();
                schedule.set(RateSchedule.startingNow(rate));
                sender.sendAll(inputs, schedule.get());
                long deadline = System.nanoTime() + DRAIN.toNanos();
                while (tallies.complete() < inputs.size() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                Thread.sleep(ALERTS_AFTER_TALLIES.toMillis()); // alerts follow their tallies
                String loadAfter = load();
                System.out.printf("sender                     %,d inputs sent, at most %d ms behind schedule (warm-up "
                        + "included)%n", inputs.size(), sender.maxBehind().toMillis());
                printResults(tallies.stop(), alerts.stop(),
                        inputs.size(), inputs.size() - warmupInputs);
                System.out.printf("load (uptime)              before: %s; after: %s%n", loadBefore, loadAfter);
            }
        }
    }

    private static void printResults(ArrivalProbe.Result tallied, ArrivalProbe.Result alerted, int inputs,
            int measured) {
        System.out.println("latency, ms, from the due send time (coordinated-omission-safe) to read_committed:");
        System.out.println("                              p50      p95      p99    p99.9      max    count");
        print("to the input's first tally", tallied.toFirst());
        print("to all the input's tallies", tallied.toAll());
        System.out.printf("tallies                    %,d of %,d measured inputs fully matched, %,d inputs unmatched "
                + "(no tally within %d s), %,d unmatched tallies, %,d repeated%n", tallied.toAll().getTotalCount(),
                measured, inputs - tallied.complete(), DRAIN.toSeconds(), tallied.unmatched(), tallied.repeats());
        print("to the input's first alert", alerted.toFirst());
        System.out.printf("alerts                     %,d measured inputs raised one, %,d unmatched alerts%n",
                alerted.toFirst().getTotalCount(), alerted.unmatched());
    }

    /** The settings the latency depends on, as the stages see them (overrides applied to strikeline's defaults). */
    private static void printSettings(PipelineConfig config, Map<String, Object> producerSettings) {
        StreamsConfig effective = new StreamsConfig(StreamsSettings.of("latency", config.bootstrapServers(),
                config.stateDir(), "latency.dlq", config.streamsOverrides()));
        config.streamsOverrides().forEach((key, value) -> System.out.printf("--streams %-16s %10s%n", key, value));
        System.out.printf("commit.interval.ms         %10d (%s)%n", effective.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG),
                effective.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        System.out.printf("emit interval (aggregate)  %10d ms, wall clock%n", AggregateTopology.DEFAULT_EMIT_INTERVAL.toMillis());
        System.out.printf("statestore.cache.max.bytes %10d%n", effective.getLong(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));
        System.out.printf("stages' linger.ms          %10s%n",
                effective.getProducerConfigs("latency").get(ProducerConfig.LINGER_MS_CONFIG));
        System.out.printf("input producer linger.ms   %10s%n",
                producerSettings.getOrDefault(ProducerConfig.LINGER_MS_CONFIG, "ingest's"));
    }


    private static void print(String what, Histogram micros) {
        System.out.printf("%-26s %8.1f %8.1f %8.1f %8.1f %8.1f %,8d%n", what, ms(micros, 50), ms(micros, 95),
                ms(micros, 99), ms(micros, 99.9), micros.getMaxValue() / 1e3, micros.getTotalCount());
    }

    private static double ms(Histogram micros, double percentile) {
        return micros.getValueAtPercentile(percentile) / 1e3;
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them: the machine is shared. */
    private static String load() {
        try {
            String[] averages = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return averages[0] + " " + averages[1] + " " + averages[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
