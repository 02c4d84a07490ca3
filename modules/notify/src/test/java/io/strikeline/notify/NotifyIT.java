package io.strikeline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.strikeline.avro.Alert;
import io.strikeline.avro.AlertSeverity;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.notify.WebhookReceiver.Reply;
import io.strikeline.registry.RegistryConfig;
import io.strikeline.registry.SchemaRegistryServer;
import io.strikeline.registry.storage.StorageConfig;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.Topic;
import io.strikeline.topics.TopicDefinition;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The delivery stage on the real broker, registry and a real local HTTP receiver: alerts produced to a topic
 * reach the webhook and stdout, undeliverable and unreadable ones land in the dead-letter topic with their
 * reason, counts add up, and offsets are committed after delivery so a restart does not deliver again.
 */
@ExtendWith(SharedKafka.class)
class NotifyIT {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static EmbeddedKafka kafka;
    private static SchemaRegistryServer registry;
    private static AvroSerdes serdes;

    private Topic<String, Alert> alerts;
    private Topic<String, byte[]> deadLetters;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream stdout = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void startRegistry(EmbeddedKafka broker) {
        kafka = broker;
        registry = SchemaRegistryServer.start(RegistryConfig.local(broker.bootstrapServers())
                .withStorage(StorageConfig.of(broker.bootstrapServers()).withTopic(SharedKafka.uniqueName("_schemas"))));
        serdes = AvroSerdes.forRegistry(registry.url());
    }

    @AfterAll
    static void stop() {
        serdes.close();
        registry.close();
    }

    /** Each test its own topics, created the way the alerts stage creates its own (compacted, 2 partitions). */
    @BeforeEach
    void createTopics() {
        String alertsName = SharedKafka.uniqueName("alerts");
        alerts = new Topic<>(new TopicDefinition(alertsName, 2,
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                Serdes.String(), serdes.value(Alert.class));
        deadLetters = StrikelineTopics.deadLetters(StrikelineTopics.NOTIFY_DLQ + "-" + alertsName);
        SharedKafka.createTopic(kafka, alerts.name(), 2, alerts.definition().configs());
        SharedKafka.createTopic(kafka, deadLetters.name(), 1, deadLetters.definition().configs());
    }

    private NotifyConfig config(WebhookReceiver receiver, String group) {
        WebhookConfig webhook = WebhookConfig.to(receiver.url()).withRetry(FAST)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
        return NotifyConfig.defaults().withWebhook(webhook).withGroupId(group);
    }

    private NotifyService start(NotifyConfig config) {
        return NotifyService.start(kafka.bootstrapServers(), Map.of(), alerts, deadLetters, config, stdout);
    }

    private void produce(Alert... values) {
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(producerProps(), new StringSerializer(),
                alerts.valueSerde().serializer())) {
            for (Alert alert : values) {
                producer.send(new ProducerRecord<>(alerts.name(), alert.getAlertId(), alert));
            }
        }
    }

    private void produceRaw(String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps(), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(alerts.name(), key, value));
        }
    }

    private static Map<String, Object> producerProps() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    }

    private List<String> printedLines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void shouldDeliverToWebhookAndStdoutAndNotDeliverAgainAfterARestart() throws Exception {
        String group = SharedKafka.uniqueName("notify");
        Alert first = SampleAlerts.alert("launched-over-100", "UA-30", AlertSeverity.WARNING);
        Alert second = SampleAlerts.alert("killed-over-1", "UA-63", AlertSeverity.CRITICAL);
        // The severity of the first alert rises: re-emitted under the same key, a new Idempotency-Key.
        Alert risen = SampleAlerts.alert("launched-over-100", "UA-30", AlertSeverity.CRITICAL);
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(2, 503)) {
            produce(first, second, risen);
            try (NotifyService service = start(config(receiver, group))) {
                await().atMost(PATIENCE).until(() -> service.stats().snapshot().consumed() == 3);

                assertThat(service.stats().snapshot()).isEqualTo(new DeliveryStats.Snapshot(3, 3, 0, 0));
                assertThat(committed(group)).isEqualTo(endOffsets());
            }
            assertThat(receiver.requests()).hasSize(3 + 2);
            assertThat(receiver.requests()).extracting(request -> request.header("Idempotency-Key")).containsOnly(
                    "launched-over-100|UA-30|2025-07-24|WARNING", "killed-over-1|UA-63|2025-07-24|CRITICAL",
                    "launched-over-100|UA-30|2025-07-24|CRITICAL");
            assertThat(printedLines()).containsExactlyInAnyOrder(
                    "WARNING  2025-07-24 UA-30 (Kyiv) launched-over-100: 120 launched, threshold 100",
                    "CRITICAL 2025-07-24 UA-63 (Kyiv) killed-over-1: 120 launched, threshold 100",
                    "CRITICAL 2025-07-24 UA-30 (Kyiv) launched-over-100: 120 launched, threshold 100");

            Alert later = SampleAlerts.alert("spike-7d", "UA-46", AlertSeverity.INFO);
            produce(later);
            try (NotifyService restarted = start(config(receiver, group))) {
                await().atMost(PATIENCE).until(() -> restarted.stats().snapshot().consumed() == 1);

                assertThat(restarted.stats().snapshot()).isEqualTo(new DeliveryStats.Snapshot(1, 1, 0, 0));
                assertThat(committed(group)).isEqualTo(endOffsets());
            }
            assertThat(receiver.requests()).hasSize(3 + 2 + 1);
            assertThat(receiver.requests().get(5).header("X-Strikeline-Alert-Id")).isEqualTo(later.getAlertId());
            assertThat(printedLines()).hasSize(4).last().asString().startsWith("INFO     2025-07-24 UA-46");
        }
    }

    @Test
    void shouldDeadLetterWhatCannotBeDeliveredOrReadAndGoOn() throws Exception {
        Alert accepted = SampleAlerts.alert("accepted");
        Alert refused = SampleAlerts.alert("refused");
        Alert receiverDown = SampleAlerts.alert("receiver-down");
        try (WebhookReceiver receiver = WebhookReceiver.start((index, body) -> body.contains("\"refused\"")
                ? Reply.status(400) : body.contains("\"receiver-down\"") ? Reply.status(503) : Reply.status(200))) {
            produce(refused, receiverDown);
            produceRaw("not-avro|UA-30|2025-07-24", "not avro".getBytes(StandardCharsets.UTF_8));
            produce(accepted);
            String group = SharedKafka.uniqueName("notify");
            try (NotifyService service = start(config(receiver, group))) {
                await().atMost(PATIENCE).until(() -> service.stats().snapshot().consumed() == 4);

                assertThat(service.stats().snapshot()).isEqualTo(new DeliveryStats.Snapshot(4, 1, 3, 0));
                assertThat(service.isRunning()).isTrue();
                assertThat(committed(group)).isEqualTo(endOffsets());
            }
            // 1 for the accepted alert, 1 for the 400 (not retried), 3 for the 503s (the last attempt included).
            assertThat(receiver.requests()).hasSize(1 + 1 + 3);
        }

        Map<String, ConsumerRecord<String, byte[]>> dead = new HashMap<>();
        readDeadLetters(3).forEach(record -> dead.put(record.key(), record));
        assertThat(dead).containsOnlyKeys(refused.getAlertId(), receiverDown.getAlertId(), "not-avro|UA-30|2025-07-24");

        ConsumerRecord<String, byte[]> refusedRecord = dead.get(refused.getAlertId());
        assertThat(header(refusedRecord, DeadLetterWriter.ATTEMPTS)).isEqualTo("1");
        assertThat(header(refusedRecord, DeadLetterWriter.SINK)).isEqualTo("webhook");
        assertThat(header(refusedRecord, DeadLetterWriter.REASON)).isEqualTo("webhook: HTTP 400: status 400");
        assertThat(header(refusedRecord, DeadLetterWriter.STAGE)).isEqualTo("notify");
        assertThat(header(refusedRecord, DeadLetterWriter.SOURCE_TOPIC)).isEqualTo(alerts.name());
        // The alert's own bytes: the dead letter can be read (and replayed) like the original.
        assertThat(alerts.valueSerde().deserializer().deserialize(alerts.name(), refusedRecord.value()))
                .isEqualTo(refused);

        ConsumerRecord<String, byte[]> downRecord = dead.get(receiverDown.getAlertId());
        assertThat(header(downRecord, DeadLetterWriter.ATTEMPTS)).isEqualTo("3");
        assertThat(header(downRecord, DeadLetterWriter.REASON)).isEqualTo("webhook: HTTP 503: status 503");

        ConsumerRecord<String, byte[]> unreadable = dead.get("not-avro|UA-30|2025-07-24");
        assertThat(header(unreadable, DeadLetterWriter.SINK)).isEqualTo(AlertDelivery.DESERIALIZER);
        assertThat(header(unreadable, DeadLetterWriter.ATTEMPTS)).isEqualTo("0");
        assertThat(header(unreadable, DeadLetterWriter.REASON)).startsWith("cannot deserialize");
        assertThat(new String(unreadable.value(), StandardCharsets.UTF_8)).isEqualTo("not avro");

        // stdout is a sink too: every readable alert was printed, whatever the webhook said.
        assertThat(printedLines()).hasSize(3);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return DeadLetterWriter.header(record.headers(), name);
    }

    private List<ConsumerRecord<String, byte[]>> readDeadLetters(int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                deadLetters.keySerde().deserializer(), deadLetters.valueSerde().deserializer())) {
            consumer.subscribe(List.of(deadLetters.name()));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private Map<TopicPartition, Long> committed(String group) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get().entrySet()) {
                offsets.put(entry.getKey(), entry.getValue().offset());
            }
            return offsets;
        }
    }

    /** The end of each partition that has records: what a group that delivered everything has committed. */
    private Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer())) {
            List<TopicPartition> partitions = List.of(new TopicPartition(alerts.name(), 0),
                    new TopicPartition(alerts.name(), 1));
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            ends.values().removeIf(end -> end == 0);
            return ends;
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }
}
