package io.strikeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.strikeline.avro.Article;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.runtime.RegionDayPartitioner;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles through the real pipeline and the project's extractor: their events reach strike-events,
 * partitioned by the region-day their ids name, and the tallies; a corrected article's dropped event is
 * retracted from the tallies.
 */
class ArticleStreamIT {

    @RegisterExtension
    static final RegistryOnSharedKafka STACK = new RegistryOnSharedKafka();

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 23);
    private static final String ODESA_AND_KHARKIV = "Russian drones struck Odesa overnight, injuring two people. "
            + "A Russian missile hit Kharkiv on Tuesday, killing one man.";
    private static final String ODESA_CORRECTED = "Russian drones struck Odesa overnight, injuring three people.";
    private static final String NIKOPOL = "Russian forces shelled Nikopol overnight, killing a 60-year-old man, "
            + "the regional governor said.";
    private static final String ODESA_EVENT = "article:it-odesa|UA-51|2025-07-23|DRONE";
    private static final String KHARKIV_EVENT = "article:it-odesa|UA-63|2025-07-22|MISSILE";
    private static final String NIKOPOL_EVENT = "article:it-nikopol|UA-12|2025-07-23|ARTILLERY";

    @TempDir
    Path stateDir;

    @Test
    void articlesReachTheTalliesAndACorrectionRetractsTheEventItDropped() {
        PipelineConfig config = PipelineConfig.of(STACK.bootstrapServers(), STACK.registryUrl(), stateDir)
                .isolated("-" + SharedKafka.uniqueName("articles")).withPartitions(2);
        try (Pipeline pipeline = Pipeline.start(config)) {
            StrikelineTopics topics = pipeline.topics();

            produce(topics, article("it-odesa", ODESA_AND_KHARKIV), article("it-nikopol", NIKOPOL));

            await().atMost(TIMEOUT).untilAsserted(() -> {
                assertThat(events(topics)).containsOnlyKeys(ODESA_EVENT, KHARKIV_EVENT, NIKOPOL_EVENT)
                        .allSatisfy((id, event) -> assertThat(event.getProvenance().getSourceKind())
                                .isEqualTo(SourceKind.ARTICLE));
                Map<String, RegionDayTally> tallies = tallies(topics);
                assertThat(tallies).containsOnlyKeys("UA-51|2025-07-23", "UA-63|2025-07-22", "UA-12|2025-07-23");
                assertThat(tallies.get("UA-51|2025-07-23").getInjured()).isEqualTo(2);
                assertThat(tallies.get("UA-63|2025-07-22").getKilled()).isEqualTo(1);
                assertThat(tallies.get("UA-12|2025-07-23").getKilled()).isEqualTo(1);
            });

            produce(topics, article("it-odesa", ODESA_CORRECTED));

            await().atMost(TIMEOUT).untilAsserted(() -> {
                Map<String, RegionDayTally> tallies = tallies(topics);
                assertThat(tallies).as("Kharkiv's region-day retracted")
                        .containsOnlyKeys("UA-51|2025-07-23", "UA-12|2025-07-23");
                assertThat(tallies.get("UA-51|2025-07-23").getInjured()).isEqualTo(3);
                assertThat(tallies.get("UA-51|2025-07-23").getEvents()).isEqualTo(1);
            });
            assertThat(events(topics)).containsOnlyKeys(ODESA_EVENT, NIKOPOL_EVENT);
            List<ConsumerRecord<String, StrikeEvent>> records = eventRecords(topics);
            assertThat(records).filteredOn(record -> record.value() == null).extracting(ConsumerRecord::key)
                    .containsExactly(KHARKIV_EVENT);
            assertThat(records).as("every event, tombstones included, in its region-day's partition")
                    .allSatisfy(event -> assertThat(event.partition())
                            .isEqualTo(RegionDayPartitioner.partition(event.key(), config.partitions())));
        }
    }

    private static Article article(String id, String text) {
        return Article.newBuilder()
                .setId(id)
                .setUrl("https://news.example/" + id)
                .setSource("Example Wire")
                .setPublishedDate(PUBLISHED)
                .setText(text)
                .setIngestedAt(Instant.now())
                .build();
    }

    private static void produce(StrikelineTopics topics, Article... articles) {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, STACK.bootstrapServers()), new StringSerializer(),
                topics.articles().valueSerde().serializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(topics.articles().name(), article.getId(), article));
            }
        }
    }

    private static Map<String, RegionDayTally> tallies(StrikelineTopics topics) {
        return TopicSnapshot.read(STACK.bootstrapServers(), Map.of(), topics.tallies().name(),
                topics.tallies().valueSerde().deserializer());
    }

    private static Map<String, StrikeEvent> events(StrikelineTopics topics) {
        return TopicSnapshot.read(STACK.bootstrapServers(), Map.of(), topics.strikeEvents().name(),
                topics.strikeEvents().valueSerde().deserializer());
    }

    /** Every committed record of strike-events, tombstones included, with its partition. */
    private static List<ConsumerRecord<String, StrikeEvent>> eventRecords(StrikelineTopics topics) {
        List<ConsumerRecord<String, StrikeEvent>> records = new ArrayList<>();
        TopicSnapshot.forEach(STACK.bootstrapServers(), Map.of(), topics.strikeEvents().name(),
                topics.strikeEvents().valueSerde().deserializer(), records::add);
        return records;
    }
}
