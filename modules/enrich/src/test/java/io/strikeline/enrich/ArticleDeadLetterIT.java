package io.strikeline.enrich;

import static io.strikeline.enrich.TestArticles.article;
import static io.strikeline.enrich.TestArticles.drones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.strikeline.avro.Article;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.runtime.StreamsRunner;
import io.strikeline.runtime.StreamsSettings;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicAdmin;
import io.strikeline.topics.TopicSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrich stage on a real broker, exactly-once, with an extractor that fails on one article: that article
 * lands in enrich.dlq with the reason, the next one is read, and the stream thread is never lost (a thread the
 * runner had to replace would carry a new name).
 */
@ExtendWith(SharedKafka.class)
class ArticleDeadLetterIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String ODESA = "Russian drones struck Odesa overnight, injuring two people.";
    private static final String UNREADABLE = "A text the extractor's rules trip over.";

    @TempDir
    Path stateDir;

    @Test
    void deadLettersTheArticleTheExtractorFailsOnAndReadsTheNextOnTheSameThread(EmbeddedKafka kafka) throws Exception {
        AvroSerdes serdes = AvroSerdes.inMemory();
        StrikelineTopics topics = new StrikelineTopics(serdes, 1, "-" + SharedKafka.uniqueName("dlq"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            TopicAdmin.ensure(admin, topics.definitions(), Optional.empty());
        }
        Extractor extractor = new TestArticles.ScriptedExtractor()
                .reads(ODESA, drones("UA-51", ODESA, 2))
                .failsOn(UNREADABLE, new IllegalStateException("no sentence boundary in 1 MB"));
        try (StreamsRunner enrich = StreamsRunner.start("enrich",
                EnrichTopology.build(topics, ReportNormalizerTest.NORMALIZER, extractor),
                StreamsSettings.of(SharedKafka.uniqueName(EnrichTopology.APPLICATION_ID), kafka.bootstrapServers(),
                        stateDir, topics.enrichDlq().name(), Map.of()))) {
            assertThat(enrich.awaitRunning(TIMEOUT)).isTrue();
            Set<String> threads = threadNames(enrich.streams());

            produce(kafka, topics, article("a-2", UNREADABLE), article("a-1", ODESA));

            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(events(kafka, topics))
                    .containsOnlyKeys("article:a-1|UA-51|2025-07-23|DRONE"));
            Map<String, Headers> deadLetters = deadLetters(kafka, topics);
            assertThat(deadLetters).containsOnlyKeys("a-2");
            assertThat(new String(deadLetters.get("a-2").lastHeader("__streams.errors.message").value(),
                    StandardCharsets.UTF_8)).isEqualTo("The extractor failed on article 'a-2': "
                    + "java.lang.IllegalStateException: no sentence boundary in 1 MB");
            assertThat(enrich.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(threadNames(enrich.streams())).as("no stream thread died and was replaced").isEqualTo(threads);
        } finally {
            serdes.close();
        }
    }

    private static void produce(EmbeddedKafka kafka, StrikelineTopics topics, Article... articles) {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                topics.articles().valueSerde().serializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(topics.articles().name(), article.getId(), article));
            }
        }
    }

    private static Map<String, ?> events(EmbeddedKafka kafka, StrikelineTopics topics) {
        return TopicSnapshot.read(kafka.bootstrapServers(), Map.of(), topics.strikeEvents().name(),
                topics.strikeEvents().valueSerde().deserializer());
    }

    /** The headers of each dead letter, by key. */
    private static Map<String, Headers> deadLetters(EmbeddedKafka kafka, StrikelineTopics topics) {
        Map<String, Headers> deadLetters = new HashMap<>();
        TopicSnapshot.forEach(kafka.bootstrapServers(), Map.of(), topics.enrichDlq().name(),
                new ByteArrayDeserializer(), record -> deadLetters.put(record.key(), record.headers()));
        return deadLetters;
    }

    private static Set<String> threadNames(KafkaStreams streams) {
        return streams.metadataForLocalThreads().stream().map(ThreadMetadata::threadName).collect(Collectors.toSet());
    }
}
