package io.strikeline.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntToLongFunction;
import java.util.function.ToLongFunction;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A downstream reader on a thread of its own: a {@code read_committed} consumer of every partition of a topic,
 * from the beginning, that hands each record to an {@link InputMatcher} and records, for the inputs it includes,
 * the time from the input's due send time to the moment the record was returned by {@code poll}: to the first
 * of the input's region-days, and to the last (all of them).
 */
final class ArrivalProbe<V> implements AutoCloseable {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final KafkaConsumer<String, V> consumer;
    private final Function<String, String> regionDayOfKey;
    private final ToLongFunction<V> lastUpdatedMillis;
    private final InputMatcher matcher;
    private final IntToLongFunction dueNanos;
    private final int firstMeasured;
    private final Histogram toFirst = new Histogram(HIGHEST_MICROS, 3);
    private final Histogram toAll = new Histogram(HIGHEST_MICROS, 3);
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean stopped;
    private volatile long complete;

    /**
     * @param regionDayOfKey    the region-day a record's key names
     * @param lastUpdatedMillis the {@code last_updated} of the tally a value is or carries
     * @param dueNanos          an input's due send time ({@link RateSchedule#dueNanos}), by index
     * @param firstMeasured     inputs before this one are the warm-up: matched, not recorded
     */
    ArrivalProbe(String name, String bootstrap, String topic, Deserializer<V> values,
            Function<String, String> regionDayOfKey, ToLongFunction<V> lastUpdatedMillis, InputMatcher matcher,
            IntToLongFunction dueNanos, int firstMeasured) {
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG, "strikeline-latency-" + name), new StringDeserializer(), values);
        this.regionDayOfKey = regionDayOfKey;
        this.lastUpdatedMillis = lastUpdatedMillis;
        this.matcher = matcher;
        this.dueNanos = dueNanos;
        this.firstMeasured = firstMeasured;
        this.thread = new Thread(() -> run(topic), "latency-probe-" + name);
    }

    /** Starts reading; returns once the consumer holds every partition. */
    void start() throws InterruptedException {
        thread.start();
        if (!assigned.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException(thread.getName() + " did not get its partitions");
        }
    }

    private void run(String topic) {
        try (consumer) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.forEach(consumer::position);
            assigned.countDown();
            while (!stopped) {
                ConsumerRecords<String, V> records = consumer.poll(Duration.ofMillis(100));
                long readable = System.nanoTime();
                for (ConsumerRecord<String, V> record : records) {
                    if (record.value() != null) {
                        accept(record, readable);
                    }
                }
            }
        }
    }

    private void accept(ConsumerRecord<String, V> record, long readableNanos) {
        InputMatcher.Match match = matcher.accept(regionDayOfKey.apply(record.key()),
                lastUpdatedMillis.applyAsLong(record.value()));
        if (match == null) {
            return;
        }
        long micros = Math.min(HIGHEST_MICROS, (readableNanos - dueNanos.applyAsLong(match.input())) / 1_000);
        boolean measured = match.input() >= firstMeasured;
        if (match.first() && measured) {
            toFirst.recordValue(micros);
        }
        if (match.complete()) {
            if (measured) {
                toAll.recordValue(micros);
            }
            complete++; // one writer: this thread
        }
    }

    /** Inputs all of whose region-days have been read (warm-up included). */
    long complete() {
        return complete;
    }

    /** Stops reading and returns what was measured. */
    Result stop() throws InterruptedException {
        close();
        return new Result(toFirst, toAll, complete, matcher.unmatched(), matcher.repeats());
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        if (thread.isAlive()) {
            thread.join();
        }
    }

    /** Latencies in microseconds; counts of inputs fully read, unmatched and repeated records. */
    record Result(Histogram toFirst, Histogram toAll, long complete, long unmatched, long repeats) {
    }
}
