package io.strikeline.pipeline.replay;

import io.strikeline.topics.BoundedTopic;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a replay's slice of a live topic (see {@link SliceSelection}) into the replay's copy of it: every
 * record chosen goes to the same partition with the same key, value bytes, timestamp and headers, in offset
 * order, so that the stages read the copy as they read the original. The topic is read twice up to the same
 * end: once to date every record and choose, once to copy. Offsets are not kept: the copy holds fewer
 * records, and no transaction markers.
 */
final class SliceCopy {

    private static final Logger LOG = LoggerFactory.getLogger(SliceCopy.class);

    private SliceCopy() {
    }

    /**
     * @param producerProperties bootstrap servers and client settings for the producer
     */
    static ReplaySummary.Copy copy(BoundedTopic input, DatedTopic<?> dated, DayRange days, String target,
            Map<String, Object> producerProperties) {
        SliceSelection selection = new SliceSelection(days);
        AtomicLong read = new AtomicLong();
        AtomicLong unreadable = new AtomicLong();
        input.forEach(new ByteArrayDeserializer(), new ByteArrayDeserializer(), record -> {
            read.incrementAndGet();
            if (!offer(selection, dated, record)) {
                unreadable.incrementAndGet();
            }
        });
        long copied = write(input, selection, target, producerProperties);
        return new ReplaySummary.Copy(input.name(), target, read.get(), copied, unreadable.get());
    }

    /** Offers a record to the selection; false when it cannot be read (counted and reported, never silent). */
    private static boolean offer(SliceSelection selection, DatedTopic<?> dated, ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            LOG.warn("{}-{}@{}: no key, passed over as the live stage does", record.topic(), record.partition(),
                    record.offset());
            return false;
        }
        if (record.value() == null) {
            selection.tombstone(record.partition(), record.key());
            return true;
        }
        try {
            selection.value(record.partition(), record.offset(), record.key(), dated.dayOf(record));
            return true;
        } catch (SerializationException e) {
            LOG.warn("{}-{}@{}: value cannot be read, passed over as the live stage does: {}", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            return false;
        }
    }

    private static long write(BoundedTopic input, SliceSelection selection, String target,
            Map<String, Object> producerProperties) {
        try (Writer writer = new Writer(selection, target, producerProperties)) {
            input.forEach(new ByteArrayDeserializer(), new ByteArrayDeserializer(), writer);
            return writer.finish();
        }
    }

    /** Sends the records the selection holds to the copy, in the order it is given them. */
    private static final class Writer implements Consumer<ConsumerRecord<byte[], byte[]>>, Callback, AutoCloseable {

        private final SliceSelection selection;
        private final String target;
        private final KafkaProducer<byte[], byte[]> producer;
        private final AtomicReference<Exception> failure = new AtomicReference<>();
        private long copied;

        Writer(SliceSelection selection, String target, Map<String, Object> producerProperties) {
            this.selection = selection;
            this.target = target;
            Map<String, Object> props = new HashMap<>(producerProperties);
            // Idempotence keeps each partition's records in the order they are sent, retries included.
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
            props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        }

        @Override
        public void accept(ConsumerRecord<byte[], byte[]> record) {
            failIfSendFailed();
            if (record.key() != null && selection.selects(record.partition(), record.offset(), record.key())) {
                producer.send(new ProducerRecord<>(target, record.partition(), record.timestamp(), record.key(),
                        record.value(), record.headers()), this);
                copied++;
            }
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception error) {
            if (error != null) {
                failure.compareAndSet(null, error);
            }
        }

        /** Waits until every record is written; how many there are. */
        long finish() {
            producer.flush();
            failIfSendFailed();
            return copied;
        }

        private void failIfSendFailed() {
            Exception error = failure.get();
            if (error != null) {
                throw new IllegalStateException("Copying to " + target + " failed: " + error.getMessage(), error);
            }
        }

        @Override
        public void close() {
            producer.close();
        }
    }
}
