package io.strikeline.aggregate;

import io.strikeline.runtime.StreamsRunner;
import io.strikeline.topics.AvroSerdes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * One instance of a stage's aggregation in a JVM of its own ({@link AggregateProcess}), for tests that kill it:
 * it prints {@link #RUNNING} once it is running and runs until the process ends. A SIGTERM closes it cleanly;
 * a SIGKILL is the crash those tests are after.
 */
final class AggregateInstanceMain {

    static final String RUNNING = "aggregate instance RUNNING";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private AggregateInstanceMain() {
    }

    /** Arguments: bootstrap servers, registry URL, state directory, and the stage (see {@link #arguments}). */
    public static void main(String[] args) throws InterruptedException {
        String bootstrapServers = args[0];
        AvroSerdes serdes = AvroSerdes.forRegistry(args[1]);
        Path stateDir = Path.of(args[2]);
        AggregateStage stage = new AggregateStage(args[3], Integer.parseInt(args[4]), args[5]);
        StreamsRunner instance = stage.start(bootstrapServers, serdes, stateDir,
                AggregateTopology.DEFAULT_EMIT_INTERVAL);
        Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "close-on-sigterm"));
        if (!instance.awaitRunning(START_TIMEOUT)) {
            System.err.println("The aggregate instance was not running after " + START_TIMEOUT);
            System.exit(1);
        }
        System.out.println(RUNNING);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    static List<String> arguments(String bootstrapServers, String registryUrl, Path stateDir, AggregateStage stage) {
        return List.of(bootstrapServers, registryUrl, stateDir.toString(), stage.topicSuffix(),
                String.valueOf(stage.partitions()), stage.applicationId());
    }
}
