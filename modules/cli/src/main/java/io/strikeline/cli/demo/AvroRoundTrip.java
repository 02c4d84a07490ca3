package io.strikeline.cli.demo;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.serde.AvroSerdeConfig;
import io.strikeline.serde.SpecificAvroSerde;
import io.strikeline.serde.WireFormat;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One Avro record through Kafka and the registry: creates the topic, produces a StrikeEvent with the
 * Avro serializer (which registers the schema), reads the raw bytes back to show the wire format, and
 * decodes them with the deserializer (which fetches the schema by id).
 */
public final class AvroRoundTrip {

    /** What happened, for the demo to print and tests to check. */
    public record Result(String topic, String subject, int schemaId, int partition, long offset, int recordBytes,
            StrikeEvent sent, StrikeEvent received) {

        public boolean matches() {
            return sent.equals(received);
        }
    }

    private AvroRoundTrip() {
    }

    public static Result run(String bootstrapServers, String registryUrl, String topic, StrikeEvent event)
            throws ExecutionException, InterruptedException {
        createTopic(bootstrapServers, topic);
        Map<String, Object> serdeConfig = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
        try (Serde<StrikeEvent> serde = new SpecificAvroSerde<>(StrikeEvent.class)) {
            serde.configure(serdeConfig, false);
            RecordMetadata written;
            try (KafkaProducer<String, StrikeEvent> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), serde.serializer())) {
                written = producer.send(new ProducerRecord<>(topic, event.getEventId(), event)).get();
            }
            byte[] raw = readRecord(bootstrapServers, topic, written.partition(), written.offset());
            int schemaId = WireFormat.readSchemaId(ByteBuffer.wrap(raw));
            StrikeEvent received = serde.deserializer().deserialize(topic, raw);
            return new Result(topic, topic + "-value", schemaId, written.partition(), written.offset(), raw.length,
                    event, received);
        }
    }

    private static void createTopic(String bootstrapServers, String topic)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static byte[] readRecord(String bootstrapServers, String topic, int partition, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "strikeline-demo-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, partition);
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return record.value();
                    }
                }
            }
        }
        throw new IllegalStateException("Record " + topic + "-" + partition + "@" + offset + " not read back in 30 s");
    }
}
