package io.strikeline.notify;

import io.strikeline.avro.Alert;
import io.strikeline.topics.Topic;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery stage: one thread that reads the alerts topic and settles each alert ({@link AlertDelivery}),
 * committing its offset only afterwards. Delivery is therefore at least once: a crash between a POST and the
 * commit sends that alert again after the restart (receivers drop it by its Idempotency-Key); an alert whose
 * offset was committed is never sent again by the group.
 *
 * <p>Records are read as bytes and deserialized by {@link AlertDelivery}, so one that cannot be read is
 * dead-lettered like any other undeliverable alert instead of failing the poll.
 */
public final class NotifyService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyService.class);
    private static final Duration POLL = Duration.ofMillis(200);
    /** Wait before reading a record again whose registry or dead-letter topic was unreachable. */
    private static final Duration TRANSIENT_PAUSE = Duration.ofSeconds(2);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Consumer<byte[], byte[]> consumer;
    private final DeadLetterWriter deadLetters;
    private final AlertDelivery delivery;
    private final String topic;
    private final DeliveryStats stats = new DeliveryStats();
    private final Thread thread;
    private volatile boolean running = true;

    private NotifyService(Consumer<byte[], byte[]> consumer, DeadLetterWriter deadLetters, List<AlertSink> sinks,
                          Topic<String, Alert> alerts) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.topic = alerts.name();
        this.delivery = new AlertDelivery(alerts, sinks, deadLetters, stats);
        this.thread = new Thread(this::run, "strikeline-notify");
    }

    /**
     * Starts delivering.
     *
     * @param clientOverrides extra Kafka client settings (security, ...); the ones delivery depends on win
     * @param stdout          where the stdout sink prints (System.out in production)
     */
    public static NotifyService start(String bootstrapServers, Map<String, Object> clientOverrides,
                                      Topic<String, Alert> alerts, Topic<String, byte[]> deadLetterTopic,
                                      NotifyConfig config, PrintStream stdout) {
        Objects.requireNonNull(config, "config");
        List<AlertSink> sinks = new ArrayList<>();
        if (config.stdout()) {
            sinks.add(new StdoutSink(stdout, new AlertFormatter()));
        }
        config.webhook().ifPresent(webhook -> sinks.add(new WebhookSink(webhook)));
        DeadLetterWriter deadLetters = DeadLetterWriter.connect(deadLetterTopic, bootstrapServers, clientOverrides);
        Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                NotifyConsumers.settings(bootstrapServers, clientOverrides, config),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        NotifyService service = new NotifyService(consumer, deadLetters, sinks, alerts);
        LOG.info("Delivering {} to {} as group {}; undeliverable alerts go to {}", alerts.name(),
                sinks.stream().map(AlertSink::name).toList(), config.groupId(), deadLetterTopic.name());
        service.thread.start();
        return service;
    }

    public DeliveryStats stats() {
        return stats;
    }

    /** False once closed, or if the loop ended on an unexpected error (logged). */
    public boolean isRunning() {
        return thread.isAlive();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic));
            while (running) {
                pollOnce();
            }
        } catch (WakeupException | InterruptException | InterruptedException e) {
            // close(): the alert in hand, if any, stays uncommitted and is delivered after the restart.
        } catch (RuntimeException e) {
            LOG.error("Alert delivery stopped on an unexpected error", e);
        } finally {
            Thread.interrupted(); // the clients refuse to close cleanly on an interrupted thread
            consumer.close(Duration.ofSeconds(10));
            deadLetters.close();
        }
    }

    private void pollOnce() throws InterruptedException {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            try {
                delivery.handle(record);
            } catch (TransientDeliveryException e) {
                LOG.warn("{}; reading offset {} of {} again in {} ms", e.getMessage(), record.offset(), partition,
                        TRANSIENT_PAUSE.toMillis());
                consumer.seek(partition, record.offset());
                Thread.sleep(TRANSIENT_PAUSE.toMillis());
                return;
            }
            commit(partition, record.offset() + 1);
        }
    }

    private void commit(TopicPartition partition, long next) {
        try {
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(next)));
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (KafkaException e) {
            // Typically the partition moved to another instance meanwhile: it reads the alert again (at least once).
            LOG.warn("Cannot commit offset {} of {}; the alert may be delivered again: {}", next, partition,
                    e.getMessage());
        }
    }

    /** Stops after the alert in hand (a pending retry is cut short) and waits for the clients to close. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        thread.interrupt();
        try {
            thread.join(CLOSE_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("Alert delivery did not stop within {}", CLOSE_TIMEOUT);
        }
    }
}
