package io.strikeline.ingest;

import io.strikeline.topics.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces ingested records and dead letters through one idempotent producer ({@code acks=all}, no
 * duplicates on retry), serializing each value with its topic's serde. Sends are asynchronous; a failed
 * send is remembered and reported by {@link #flush()}, never dropped.
 */
public final class IngestWriter implements AutoCloseable {

    public static final String STAGE = "ingest";

    private final Producer<String, byte[]> producer;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();

    public IngestWriter(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** An idempotent producer tuned for bulk loads; {@code clientProperties} pass through (security etc.). */
    public static IngestWriter connect(String bootstrapServers, Map<String, Object> clientProperties) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "strikeline-ingest");
        return new IngestWriter(new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer()));
    }

    /** Sends a value (or, when null, a tombstone) keyed as given; the future completes when it is durable. */
    public <V> Future<RecordMetadata> send(Topic<String, V> topic, String key, V value) {
        byte[] bytes = value == null ? null : topic.valueSerde().serializer().serialize(topic.name(), value);
        return send(new ProducerRecord<>(topic.name(), key, bytes));
    }

    public Future<RecordMetadata> deadLetter(Topic<String, byte[]> dlq, RawRecord rejected, String reason) {
        return send(DeadLetters.record(dlq.name(), STAGE, rejected, reason));
    }

    private Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        return producer.send(record, (metadata, error) -> {
            if (error == null) {
                acknowledged.incrementAndGet();
            } else {
                firstFailure.compareAndSet(null, error);
            }
        });
    }

    /** Waits for every send; throws if any failed, saying how many made it. */
    public void flush() {
        producer.flush();
        Exception failure = firstFailure.get();
        if (failure != null) {
            throw new KafkaException("Some records were not written (" + acknowledged.get()
                    + " acknowledged): " + failure.getMessage(), failure);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
