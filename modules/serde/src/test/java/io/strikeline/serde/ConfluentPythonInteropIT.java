package io.strikeline.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.strikeline.avro.DateBasis;
import io.strikeline.avro.Provenance;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.WeaponClass;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.registry.RegistryConfig;
import io.strikeline.registry.SchemaRegistryServer;
import io.strikeline.testkit.SharedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interoperability with Confluent's own client: records our serializer writes are read by Confluent's
 * Python AvroConsumer, which fetches the schema from our registry over HTTP; records Confluent's
 * AvroProducer writes (registering through our registry) are read by our deserializer; and for the same
 * schema and datum both produce the same bytes.
 */
@ExtendWith(SharedKafka.class)
class ConfluentPythonInteropIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SchemaRegistryServer registry;
    private static EmbeddedKafka kafka;

    @TempDir
    Path workDir;

    @BeforeAll
    static void startRegistry(EmbeddedKafka broker) {
        String reason = ConfluentPythonClient.unavailableReason();
        Assumptions.assumeTrue(reason == null, () -> "Skipping the Confluent interop test: " + reason);
        kafka = broker;
        registry = SchemaRegistryServer.start(RegistryConfig.local(broker.bootstrapServers())
                .withStorage(io.strikeline.registry.storage.StorageConfig.of(broker.bootstrapServers())
                        .withTopic(SharedKafka.uniqueName("_schemas"))));
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    private static Map<String, Object> serdeConfig() {
        return Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    }

    static StrikeEvent event(String region, int launched, String day) {
        return StrikeEvent.newBuilder()
                .setEventId("report-" + region + "|" + day + "|DRONE")
                .setRegionIso(region).setRegionName("Region " + region)
                .setSettlements(List.of("Sumy", "Shostka"))
                .setEventDate(LocalDate.parse(day)).setDateBasis(DateBasis.OVERNIGHT_END)
                .setWeaponClass(WeaponClass.DRONE).setWeaponModel("Shahed-136/131")
                .setLaunched(launched).setIntercepted(launched - 5).setOutageCustomers(220_000L)
                .setProvenance(Provenance.newBuilder().setSourceKind(SourceKind.STRIKE_REPORT)
                        .setSourceId("report-" + region).setOutlet("Air Force").setEvidence("launched " + launched)
                        .build())
                .setConfidence(0.95).setExtractorVersion("interop/1")
                .setIngestedAt(Instant.parse("2025-07-24T06:00:00Z"))
                .build();
    }

    @Test
    void confluentsPythonConsumerReadsWhatOurSerializerWrote() throws Exception {
        String topic = SharedKafka.uniqueName("java-to-python");
        SharedKafka.createTopic(kafka, topic);
        List<StrikeEvent> events = List.of(event("UA-59", 71, "2025-07-23"), event("UA-63", 12, "2025-07-24"));

        KafkaAvroSerializer keySerializer = new KafkaAvroSerializer();
        keySerializer.configure(serdeConfig(), true);
        SpecificAvroSerializer<StrikeEvent> valueSerializer = new SpecificAvroSerializer<>();
        valueSerializer.configure(serdeConfig(), false);
        try (KafkaProducer<Object, StrikeEvent> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), keySerializer, valueSerializer)) {
            for (StrikeEvent event : events) {
                producer.send(new ProducerRecord<>(topic, event.getEventId(), event)).get();
            }
        }

        List<String> lines = new ConfluentPythonClient(workDir).consume(kafka.bootstrapServers(), registry.url(), topic,
                events.size());

        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("key").asText()).isEqualTo(events.get(0).getEventId());
        JsonNode value = first.get("value");
        assertThat(value.get("region_iso").asText()).isEqualTo("UA-59");
        assertThat(value.get("launched").asInt()).isEqualTo(71);
        assertThat(value.get("event_date").asText()).isEqualTo("2025-07-23");
        assertThat(value.get("weapon_class").asText()).isEqualTo("DRONE");
        assertThat(value.get("date_basis").asText()).isEqualTo("OVERNIGHT_END");
        assertThat(value.get("settlements").toString()).isEqualTo("[\"Sumy\",\"Shostka\"]");
        assertThat(value.get("outage_customers").asLong()).isEqualTo(220_000L);
        assertThat(value.get("killed").isNull()).isTrue();
        assertThat(value.get("provenance").get("source_id").asText()).isEqualTo("report-UA-59");
        assertThat(value.get("ingested_at").asText()).startsWith("2025-07-24T06:00:00");
        assertThat(JSON.readTree(lines.get(1)).get("value").get("region_iso").asText()).isEqualTo("UA-63");
    }

    @Test
    void ourDeserializerReadsWhatConfluentsPythonProducerWroteAndTheBytesMatchOurs() throws Exception {
        String topic = SharedKafka.uniqueName("python-to-java");
        SharedKafka.createTopic(kafka, topic);
        List<StrikeEvent> events = List.of(event("UA-51", 40, "2025-03-01"), event("UA-12", 7, "2025-03-02"));
        Path schemaFile = Files.writeString(workDir.resolve("strike-event.avsc"), StrikeEvent.getClassSchema().toString());
        ArrayNode records = JSON.createArrayNode();
        for (StrikeEvent event : events) {
            records.addObject().put("key", event.getEventId()).set("value", JSON.readTree(jsonOf(event)));
        }
        Path recordsFile = Files.writeString(workDir.resolve("records.json"), records.toString());

        List<String> output = new ConfluentPythonClient(workDir).produce(kafka.bootstrapServers(), registry.url(), topic,
                schemaFile, recordsFile);
        assertThat(output).containsExactly("produced 2");

        List<ConsumerRecord<byte[], byte[]>> raw = readRaw(topic, 2);
        SpecificAvroDeserializer<StrikeEvent> valueDeserializer = new SpecificAvroDeserializer<>(null, StrikeEvent.class);
        valueDeserializer.configure(serdeConfig(), false);
        KafkaAvroDeserializer keyDeserializer = new KafkaAvroDeserializer();
        keyDeserializer.configure(serdeConfig(), true);
        SpecificAvroSerializer<StrikeEvent> ourSerializer = new SpecificAvroSerializer<>();
        ourSerializer.configure(serdeConfig(), false);
        KafkaAvroSerializer ourKeySerializer = new KafkaAvroSerializer();
        ourKeySerializer.configure(serdeConfig(), true);

        for (int i = 0; i < events.size(); i++) {
            ConsumerRecord<byte[], byte[]> record = raw.get(i);
            assertThat(keyDeserializer.deserialize(topic, record.key())).isEqualTo(events.get(i).getEventId());
            assertThat(valueDeserializer.deserialize(topic, record.value())).isEqualTo(events.get(i));
            // Same subject, same schema, same datum: byte for byte what Confluent's client wrote.
            assertThat(ourSerializer.serialize(topic, events.get(i))).isEqualTo(record.value());
            assertThat(ourKeySerializer.serialize(topic, events.get(i).getEventId())).isEqualTo(record.key());
        }
    }

    @Test
    void genericRecordsMatchConfluentsBytesForAHandWrittenSchema() throws Exception {
        String topic = SharedKafka.uniqueName("generic-bytes");
        SharedKafka.createTopic(kafka, topic);
        String schemaText = """
                {"type":"record","name":"Tally","namespace":"interop","fields":[
                  {"name":"region","type":"string"},
                  {"name":"events","type":"int"},
                  {"name":"launched","type":["null","long"],"default":null},
                  {"name":"weapons","type":{"type":"map","values":"int"}},
                  {"name":"share","type":"double"}]}""";
        Path schemaFile = Files.writeString(workDir.resolve("tally.avsc"), schemaText);
        Path recordsFile = Files.writeString(workDir.resolve("tally.json"), """
                [{"key":"UA-59|2025-07-23","value":{"region":"UA-59","events":3,"launched":71,
                  "weapons":{"DRONE":2},"share":0.25}}]""");
        new ConfluentPythonClient(workDir).produce(kafka.bootstrapServers(), registry.url(), topic, schemaFile, recordsFile);

        Schema schema = new Schema.Parser().parse(schemaText);
        GenericRecord tally = new GenericData.Record(schema);
        tally.put("region", "UA-59");
        tally.put("events", 3);
        tally.put("launched", 71L);
        tally.put("weapons", Map.of("DRONE", 2));
        tally.put("share", 0.25);
        GenericAvroSerializer serializer = new GenericAvroSerializer();
        serializer.configure(serdeConfig(), false);

        assertThat(serializer.serialize(topic, tally)).isEqualTo(readRaw(topic, 1).get(0).value());
    }

    private static String jsonOf(StrikeEvent event) throws Exception {
        // JSON as a person would write it: dates and instants as ISO strings, optional values bare.
        var node = JSON.createObjectNode();
        for (Schema.Field field : StrikeEvent.getClassSchema().getFields()) {
            Object value = event.get(field.pos());
            node.set(field.name(), JSON.valueToTree(plain(value)));
        }
        return node.toString();
    }

    private static Object plain(Object value) {
        if (value instanceof org.apache.avro.specific.SpecificRecord record) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            for (Schema.Field field : record.getSchema().getFields()) {
                map.put(field.name(), plain(record.get(field.pos())));
            }
            return map;
        }
        if (value instanceof Enum<?> || value instanceof LocalDate || value instanceof Instant) {
            return value.toString();
        }
        return value;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readRaw(String topic, int count) {
        Deserializer<byte[]> bytes = new ByteArrayDeserializer();
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "raw-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), bytes, bytes)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertThat(records).hasSize(count);
        return records;
    }
}
