package io.strikeline.runtime;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns one {@link KafkaStreams} instance: starts it, logs its state changes, replaces a stream thread that
 * dies of an unexpected exception (the stream keeps running; records that fail are dead-lettered by the
 * handlers in {@link StreamsSettings}), and closes it with a timeout. Local state is never wiped on start.
 */
public final class StreamsRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);

    private StreamsRunner(String name, KafkaStreams streams) {
        this.name = name;
        this.streams = streams;
    }

    public static StreamsRunner start(String name, Topology topology, Properties config) {
        KafkaStreams streams = new KafkaStreams(topology, config);
        StreamsRunner runner = new StreamsRunner(name, streams);
        streams.setStateListener((newState, oldState) -> {
            LOG.info("{}: {} -> {}", name, oldState, newState);
            if (newState == KafkaStreams.State.RUNNING) {
                runner.running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("{}: a stream thread failed; replacing it", name, error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        return runner;
    }

    /** Waits until the instance is RUNNING (its tasks assigned and restored). */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public KafkaStreams streams() {
        return streams;
    }

    public String name() {
        return name;
    }

    /**
     * Closes the instance and leaves its consumer group, so that an instance started next (a restart, a
     * replacement) is given the partitions at once instead of after the session timeout.
     */
    @Override
    public void close() {
        CloseOptions options = CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP);
        if (!streams.close(options)) {
            LOG.warn("{}: did not close within {}", name, CLOSE_TIMEOUT);
        }
    }
}
