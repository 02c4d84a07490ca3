package io.strikeline.aggregate;

import io.strikeline.aggregate.EventHistory.Version;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.runtime.RegionDayPartitioner;
import io.strikeline.topics.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a history to strike-events from a thread of its own at a steady pace, so that a test can act while
 * input is still arriving. Each record goes to the partition of the region-day its id names, as the enrich
 * stage writes them ({@link RegionDayPartitioner}); the producer is idempotent, so a retried send neither
 * duplicates nor reorders a version.
 */
final class PacedProducer implements AutoCloseable {

    private static final Duration TICK = Duration.ofMillis(100);

    private final String bootstrapServers;
    private final Topic<String, StrikeEvent> topic;
    private final List<Version> versions;
    private final int perTick;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Thread thread;

    private PacedProducer(String bootstrapServers, Topic<String, StrikeEvent> topic, List<Version> versions,
            Duration duration) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.versions = List.copyOf(versions);
        long ticks = Math.max(1, duration.toMillis() / TICK.toMillis());
        this.perTick = (int) Math.max(1, (versions.size() + ticks - 1) / ticks);
        this.thread = new Thread(this::send, "paced-producer");
    }

    /** Starts writing the versions, spread evenly over about {@code duration}. */
    static PacedProducer start(String bootstrapServers, Topic<String, StrikeEvent> topic, List<Version> versions,
            Duration duration) {
        PacedProducer producer = new PacedProducer(bootstrapServers, topic, versions, duration);
        producer.thread.start();
        return producer;
    }

    /** How many versions the broker has acknowledged so far. */
    int acknowledged() {
        return acknowledged.get();
    }

    /** Every version sent and answered for (acknowledged, or failed: see {@link #failure()}). */
    boolean finished() {
        return !thread.isAlive();
    }

    /** The first send that failed, if one did. */
    Optional<Exception> failure() {
        return Optional.ofNullable(failure.get());
    }

    private void send() {
        int partitions = topic.definition().partitions();
        try (KafkaProducer<String, StrikeEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(),
                topic.valueSerde().serializer())) {
            long nextTick = System.nanoTime();
            for (int i = 0; i < versions.size(); i++) {
                if (i > 0 && i % perTick == 0) {
                    // The pace, not a wait for anything: ticks on a fixed schedule, so a slow send does not drift it.
                    nextTick += TICK.toNanos();
                    TimeUnit.NANOSECONDS.sleep(Math.max(0, nextTick - System.nanoTime()));
                }
                Version version = versions.get(i);
                int partition = RegionDayPartitioner.partition(version.eventId(), partitions);
                producer.send(new ProducerRecord<>(topic.name(), partition, version.eventId(), version.event()),
                        this::answered);
            }
            producer.flush();
        } catch (InterruptedException | InterruptException e) {
            Thread.currentThread().interrupt(); // closed before the end: the test is over
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void answered(RecordMetadata metadata, Exception error) {
        if (error == null) {
            acknowledged.incrementAndGet();
        } else {
            failure.compareAndSet(null, error);
        }
    }

    /** Stops sending, if it has not finished. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
