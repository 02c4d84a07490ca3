package io.strikeline.kafka.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

    @TempDir
    Path tempDir;

    @Test
    void shouldServeProduceAndConsumeOverTcp() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.builder().start()) {
            createTopic(kafka, "greetings");

            produce(kafka, "greetings", "k1", "hello");
            produce(kafka, "greetings", "k2", "world");

            assertThat(consumeAll(kafka, "greetings", 2)).containsExactly("k1=hello", "k2=world");
            assertThat(kafka.bootstrapServers()).isEqualTo("localhost:" + kafka.port());
        }
    }

    @Test
    void shouldKeepTopicsRecordsAndPortWhenRestartedOnAKeptDataDir() throws Exception {
        Path dataDir = tempDir.resolve("kafka");
        int port;
        try (EmbeddedKafka first = EmbeddedKafka.builder().dataDir(dataDir).start()) {
            port = first.port();
            createTopic(first, "kept");
            produce(first, "kept", "k", "survives a restart");
        }

        try (EmbeddedKafka second = EmbeddedKafka.builder().dataDir(dataDir).start()) {
            assertThat(second.port()).isEqualTo(port);
            assertThat(listTopics(second)).contains("kept");
            assertThat(consumeAll(second, "kept", 1)).containsExactly("k=survives a restart");
        }
        assertThat(dataDir).exists();
    }

    @Test
    void shouldDeleteATemporaryDataDirOnClose() {
        Path dir;
        try (EmbeddedKafka kafka = EmbeddedKafka.builder().start()) {
            dir = kafka.dataDir();
            assertThat(kafka.isDataDirTemporary()).isTrue();
            assertThat(Files.exists(dir.resolve("logs").resolve("meta.properties"))).isTrue();
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void shouldRefuseToCreateTopicsImplicitly() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.builder().start();
                KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 1500),
                        new StringSerializer(), new StringSerializer())) {
            var send = producer.send(new ProducerRecord<>("never-created", "k", "v"));

            org.assertj.core.api.Assertions.assertThatThrownBy(send::get)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class)
                    .hasMessageContaining("not present in metadata");
            assertThat(listTopics(kafka)).doesNotContain("never-created");
        }
    }

    private static Admin admin(EmbeddedKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private static void createTopic(EmbeddedKafka kafka, String topic) throws Exception {
        try (Admin admin = admin(kafka)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    private static Set<String> listTopics(EmbeddedKafka kafka) throws Exception {
        try (Admin admin = admin(kafka)) {
            return admin.listTopics().names().get();
        }
    }

    private static void produce(EmbeddedKafka kafka, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<String> consumeAll(EmbeddedKafka kafka, String topic, int expected) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
        }
        return seen;
    }
}
