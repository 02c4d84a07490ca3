package io.strikeline.notify;

import io.strikeline.topics.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Writes an alert that could not be delivered to the dead-letter topic: its key, its bytes exactly as read from
 * the alerts topic (so it can be replayed as is), and in headers why, after how many attempts, at which sink, and
 * where it came from. The write is acknowledged before it returns, because the caller commits the alert's offset
 * next: an alert is never both uncommitted-and-lost.
 */
public final class DeadLetterWriter implements AutoCloseable {

    public static final String REASON = "dlq.reason";
    public static final String ATTEMPTS = "dlq.attempts";
    public static final String SINK = "dlq.sink";
    public static final String STAGE = "dlq.stage";
    public static final String SOURCE_TOPIC = "dlq.source.topic";
    public static final String SOURCE_PARTITION = "dlq.source.partition";
    public static final String SOURCE_OFFSET = "dlq.source.offset";

    static final String STAGE_NAME = "notify";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final Topic<String, byte[]> topic;
    private final Producer<String, byte[]> producer;

    public DeadLetterWriter(Topic<String, byte[]> topic, Producer<String, byte[]> producer) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.producer = Objects.requireNonNull(producer, "producer");
    }

    /** @param clientOverrides extra producer settings (security, ...); the durability settings below win */
    public static DeadLetterWriter connect(Topic<String, byte[]> topic, String bootstrapServers,
                                           Map<String, Object> clientOverrides) {
        Map<String, Object> props = new HashMap<>(clientOverrides);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "strikeline-notify-dlq");
        return new DeadLetterWriter(topic, new KafkaProducer<>(props, topic.keySerde().serializer(),
                topic.valueSerde().serializer()));
    }

    /**
     * @throws KafkaException when the broker does not acknowledge the write in time; the alert must then not be
     *                        committed
     */
    public void write(ConsumerRecord<byte[], byte[]> source, String key, String sink, int attempts, String reason)
            throws InterruptedException {
        Headers headers = new RecordHeaders();
        add(headers, REASON, reason);
        add(headers, ATTEMPTS, Integer.toString(attempts));
        add(headers, SINK, sink);
        add(headers, STAGE, STAGE_NAME);
        add(headers, SOURCE_TOPIC, source.topic());
        add(headers, SOURCE_PARTITION, Integer.toString(source.partition()));
        add(headers, SOURCE_OFFSET, Long.toString(source.offset()));
        try {
            producer.send(new ProducerRecord<>(topic.name(), null, key, source.value(), headers))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaException("Cannot write to " + topic.name() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("No acknowledgement from " + topic.name() + " within " + ACK_TIMEOUT, e);
        }
    }

    /** A header's text, or null: for readers of the dead-letter topic. */
    public static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
