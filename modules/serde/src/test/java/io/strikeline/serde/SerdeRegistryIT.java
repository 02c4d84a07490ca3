package io.strikeline.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.Article;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.registry.RegistryConfig;
import io.strikeline.registry.SchemaRegistryServer;
import io.strikeline.registry.storage.StorageConfig;
import io.strikeline.serde.client.CachingSchemaRegistryClient;
import io.strikeline.serde.client.RegistryClientSettings;
import io.strikeline.serde.client.RestSchemaRegistryClient;
import io.strikeline.testkit.SharedKafka;
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
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The serde against strikeline's registry over HTTP and a real broker. */
@ExtendWith(SharedKafka.class)
class SerdeRegistryIT {

    private static SchemaRegistryServer registry;
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startRegistry(EmbeddedKafka broker) {
        kafka = broker;
        registry = SchemaRegistryServer.start(RegistryConfig.local(broker.bootstrapServers())
                .withStorage(StorageConfig.of(broker.bootstrapServers()).withTopic(SharedKafka.uniqueName("_schemas"))));
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void shouldMakeNoRegistryCallOnceTheSchemaIsKnown() {
        String topic = SharedKafka.uniqueName("steady");
        SharedKafka.createTopic(kafka, topic);
        RestSchemaRegistryClient http = new RestSchemaRegistryClient(RegistryClientSettings.of(registry.url()));
        CachingSchemaRegistryClient client = new CachingSchemaRegistryClient(http, 1000, Duration.ofSeconds(-1));
        SpecificAvroSerde<StrikeEvent> serde = new SpecificAvroSerde<>(client, StrikeEvent.class);
        serde.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);

        produce(topic, serde.serializer(), List.of(ConfluentPythonInteropIT.event("UA-59", 1, "2025-07-01")));
        long afterFirst = http.requestsSent();
        List<StrikeEvent> more = new ArrayList<>();
        for (int i = 2; i <= 300; i++) {
            more.add(ConfluentPythonInteropIT.event("UA-59", i, "2025-07-01"));
        }
        produce(topic, serde.serializer(), more);
        List<StrikeEvent> read = consume(topic, serde.deserializer(), 300);

        assertThat(afterFirst).isEqualTo(1);
        assertThat(http.requestsSent()).as("HTTP calls after the first record").isEqualTo(afterFirst);
        assertThat(read).hasSize(300).extracting(StrikeEvent::getLaunched).startsWith(1, 2, 3).endsWith(300);
    }

    @Test
    void shouldReadRecordsOfAnOlderSchemaVersionIntoTheCurrentClass() {
        String topic = SharedKafka.uniqueName("evolution");
        SharedKafka.createTopic(kafka, topic);
        // An earlier Article without 'language' and 'published_at', as an older producer would have written.
        Schema older = new Schema.Parser().parse("""
                {"type":"record","name":"Article","namespace":"io.strikeline.avro","fields":[
                  {"name":"id","type":"string"},
                  {"name":"url","type":["null","string"],"default":null},
                  {"name":"source","type":"string"},
                  {"name":"published_date","type":{"type":"int","logicalType":"date"}},
                  {"name":"title","type":["null","string"],"default":null},
                  {"name":"text","type":"string"},
                  {"name":"ingested_at","type":{"type":"long","logicalType":"timestamp-millis"}}]}""");
        GenericRecord old = new GenericData.Record(older);
        old.put("id", "a-1");
        old.put("source", "Example Daily");
        old.put("published_date", (int) LocalDate.of(2025, 7, 24).toEpochDay());
        old.put("text", "Overnight, drones attacked the Sumy region.");
        old.put("ingested_at", Instant.parse("2025-07-24T06:00:00Z").toEpochMilli());
        Map<String, Object> config = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
        GenericAvroSerde generic = new GenericAvroSerde();
        generic.configure(config, false);
        produce(topic, generic.serializer(), List.of(old));
        // The current schema is a compatible next version of the same subject.
        SpecificAvroSerde<Article> current = new SpecificAvroSerde<>(Article.class);
        current.configure(config, false);

        Article read = consume(topic, current.deserializer(), 1).get(0);

        assertThat(read.getId()).isEqualTo("a-1");
        assertThat(read.getPublishedDate()).isEqualTo(LocalDate.of(2025, 7, 24));
        assertThat(read.getLanguage()).isNull();
        assertThat(read.getPublishedAt()).isNull();
        assertThat(current.serializer().serialize(topic, read)).isNotNull();
    }

    @Test
    void shouldCarryTombstonesThroughTheBrokerAsNull() {
        String topic = SharedKafka.uniqueName("tombstones");
        SharedKafka.createTopic(kafka, topic);
        SpecificAvroSerde<StrikeEvent> serde = new SpecificAvroSerde<>(StrikeEvent.class);
        serde.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
        List<StrikeEvent> values = new ArrayList<>();
        values.add(ConfluentPythonInteropIT.event("UA-59", 3, "2025-07-01"));
        values.add(null);

        produce(topic, serde.serializer(), values);

        assertThat(consume(topic, serde.deserializer(), 2)).extracting(e -> e == null ? null : e.getRegionIso())
                .containsExactly("UA-59", null);
    }

    private static <T> void produce(String topic, Serializer<T> serializer, List<T> values) {
        try (KafkaProducer<String, T> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                serializer)) {
            for (T value : values) {
                producer.send(new ProducerRecord<>(topic, "k", value));
            }
            producer.flush();
        }
    }

    private static <T> List<T> consume(String topic, Deserializer<T> deserializer, int count) {
        List<T> values = new ArrayList<>();
        try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "serde-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, T> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
