package io.strikeline.notify;

import io.strikeline.avro.Alert;
import io.strikeline.serde.client.RegistryUnavailableException;
import io.strikeline.topics.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles one record of the alerts topic: deserializes it, hands the alert to every sink, and dead-letters it
 * when any sink gives up on it or it cannot be read at all. Nothing a record or a sink does escapes as an
 * exception, except what says the record cannot be settled now ({@link TransientDeliveryException}) or that the
 * service is stopping ({@link InterruptedException}).
 */
public final class AlertDelivery {

    /** The {@code dlq.sink} of a record that could not be deserialized. */
    public static final String DESERIALIZER = "deserializer";

    private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);

    private final Deserializer<String> keys;
    private final Deserializer<Alert> values;
    private final List<AlertSink> sinks;
    private final DeadLetterWriter deadLetters;
    private final DeliveryStats stats;

    public AlertDelivery(Topic<String, Alert> alerts, List<AlertSink> sinks, DeadLetterWriter deadLetters,
                         DeliveryStats stats) {
        this.keys = alerts.keySerde().deserializer();
        this.values = alerts.valueSerde().deserializer();
        this.sinks = List.copyOf(sinks);
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    public void handle(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
        String key = keys.deserialize(record.topic(), record.headers(), record.key());
        if (record.value() == null) {
            // A tombstone withdraws an alert from the compacted topic; there is nothing to announce.
            stats.skipped();
            return;
        }
        Alert alert;
        try {
            alert = values.deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException e) {
            if (causedBy(e, RegistryUnavailableException.class)) {
                throw new TransientDeliveryException("Cannot read alert " + key + ": the schema registry is unavailable", e);
            }
            deadLetter(record, key, DESERIALIZER, 0, "cannot deserialize: " + e.getMessage());
            return;
        }
        List<String> failedSinks = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int attempts = 0;
        for (AlertSink sink : sinks) {
            SinkOutcome outcome = deliver(sink, alert);
            if (!outcome.delivered()) {
                failedSinks.add(sink.name());
                reasons.add(sink.name() + ": " + outcome.reason());
                attempts = Math.max(attempts, outcome.attempts());
            }
        }
        if (failedSinks.isEmpty()) {
            stats.delivered();
        } else {
            deadLetter(record, key, String.join(",", failedSinks), attempts, String.join("; ", reasons));
        }
    }

    private static SinkOutcome deliver(AlertSink sink, Alert alert) throws InterruptedException {
        try {
            return sink.deliver(alert);
        } catch (RuntimeException e) {
            // A bug or surprise in one sink must not stop delivery to the others, nor kill the consumer.
            LOG.error("Sink {} failed on alert {}", sink.name(), alert.getAlertId(), e);
            return SinkOutcome.failed(1, e.toString());
        }
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, String key, String sink, int attempts, String reason)
            throws InterruptedException {
        try {
            deadLetters.write(record, key, sink, attempts, reason);
        } catch (KafkaException e) {
            throw new TransientDeliveryException("Cannot dead-letter alert " + key + ": " + e.getMessage(), e);
        }
        stats.deadLettered();
        LOG.warn("Alert {} (offset {} of {}-{}) dead-lettered after {} attempt(s) at {}: {}", key, record.offset(),
                record.topic(), record.partition(), attempts, sink, reason);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
