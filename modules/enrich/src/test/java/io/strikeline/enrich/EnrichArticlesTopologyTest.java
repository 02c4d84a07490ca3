package io.strikeline.enrich;

import static io.strikeline.enrich.TestArticles.article;
import static io.strikeline.enrich.TestArticles.drones;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.Article;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.runtime.StreamsSettings;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article path of the enrich stage, under the stage's own settings (exactly-once, dead letters). */
class EnrichArticlesTopologyTest {

    private static final String ODESA = "Russian drones struck Odesa overnight, injuring two people.";
    private static final String ODESA_CORRECTED = "Russian drones struck Odesa overnight, injuring three people.";
    private static final String ODESA_AND_KHARKIV = "Russian drones struck Odesa and Kharkiv overnight.";
    private static final String UNREADABLE = "A text the extractor's rules trip over.";
    private static final String ODESA_ID = "article:a-1|UA-51|2025-07-23|DRONE";
    private static final String KHARKIV_ID = "article:a-1|UA-63|2025-07-23|DRONE";

    @TempDir
    Path stateDir;

    private final AvroSerdes serdes = AvroSerdes.inMemory();
    private final StrikelineTopics topics = new StrikelineTopics(serdes);
    private final TestArticles.ScriptedExtractor extractor = new TestArticles.ScriptedExtractor()
            .reads(ODESA, drones("UA-51", ODESA, 2))
            .reads(ODESA_CORRECTED, drones("UA-51", ODESA_CORRECTED, 3))
            .reads(ODESA_AND_KHARKIV, drones("UA-51", ODESA_AND_KHARKIV, null), drones("UA-63", ODESA_AND_KHARKIV, null))
            .failsOn(UNREADABLE, new IllegalStateException("no sentence boundary in 1 MB"));
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestOutputTopic<String, StrikeEvent> events;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        driver = new TopologyTestDriver(EnrichTopology.build(topics, ReportNormalizerTest.NORMALIZER, extractor),
                StreamsSettings.of(EnrichTopology.APPLICATION_ID, "unused:9092", stateDir, topics.enrichDlq().name(),
                        Map.of()));
        articles = driver.createInputTopic(topics.articles().name(), new StringSerializer(),
                topics.articles().valueSerde().serializer());
        events = driver.createOutputTopic(topics.strikeEvents().name(), new StringDeserializer(),
                topics.strikeEvents().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.enrichDlq().name(), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        serdes.close();
    }

    @Test
    void shouldEmitAnArticlesEventsKeyedByIdsThatNameTheirRegionAndDay() {
        articles.pipeInput("a-1", article("a-1", ODESA_AND_KHARKIV));

        Map<String, StrikeEvent> out = events.readKeyValuesToMap();
        assertThat(out).containsOnlyKeys(ODESA_ID, KHARKIV_ID);
        assertThat(out.get(KHARKIV_ID)).satisfies(event -> {
            assertThat(event.getEventId()).isEqualTo(KHARKIV_ID);
            assertThat(event.getRegionIso()).isEqualTo("UA-63");
            assertThat(event.getProvenance().getSourceKind()).isEqualTo(SourceKind.ARTICLE);
            assertThat(event.getProvenance().getSourceId()).isEqualTo("a-1");
            assertThat(event.getProvenance().getEvidence()).isEqualTo(ODESA_AND_KHARKIV);
        });
    }

    @Test
    void shouldReplaceAnArticlesEventsWithItsCorrectionsAndTombstoneTheOneItDropped() {
        articles.pipeInput("a-1", article("a-1", ODESA_AND_KHARKIV));
        events.readRecordsToList();

        articles.pipeInput("a-1", article("a-1", ODESA_CORRECTED));

        List<TestRecord<String, StrikeEvent>> correction = events.readRecordsToList();
        assertThat(correction).extracting(TestRecord::key).containsExactly(ODESA_ID, KHARKIV_ID);
        assertThat(correction.get(0).value().getInjured()).isEqualTo(3);
        assertThat(correction.get(1).value()).as("Kharkiv retracted").isNull();
    }

    @Test
    void shouldRetractEveryEventOfADeletedArticleAndForgetIt() {
        articles.pipeInput("a-1", article("a-1", ODESA_AND_KHARKIV));
        events.readRecordsToList();

        articles.pipeInput("a-1", (Article) null);
        Map<String, StrikeEvent> after = events.readKeyValuesToMap();
        articles.pipeInput("a-1", (Article) null);

        assertThat(after).containsOnlyKeys(ODESA_ID, KHARKIV_ID);
        assertThat(after.values()).containsOnlyNulls();
        assertThat(events.isEmpty()).as("a second deletion retracts nothing more").isTrue();
    }

    @Test
    void shouldDeadLetterAnArticleTheExtractorFailsOnWithTheReasonAndGoOnWithTheNext() {
        Article unreadable = article("a-2", UNREADABLE);

        articles.pipeInput("a-2", unreadable);
        articles.pipeInput("a-1", article("a-1", ODESA));

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("a-2");
        assertThat(topics.articles().valueSerde().deserializer().deserialize(topics.articles().name(), dead.value()))
                .as("the article as it was read, to be re-sent once the rules are fixed").isEqualTo(unreadable);
        assertThat(header(dead, "__streams.errors.exception")).isEqualTo(ArticleExtractionException.class.getName());
        assertThat(header(dead, "__streams.errors.message")).isEqualTo("The extractor failed on article 'a-2': "
                + "java.lang.IllegalStateException: no sentence boundary in 1 MB");
        assertThat(header(dead, "__streams.errors.topic")).isEqualTo(topics.articles().name());
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(events.readKeyValuesToMap()).as("the next article is read").containsOnlyKeys(ODESA_ID);
    }

    @Test
    void shouldKeepTheEventsOfTheLastReadableVersionWhenACorrectionCannotBeRead() {
        articles.pipeInput("a-1", article("a-1", ODESA_AND_KHARKIV));
        events.readRecordsToList();

        articles.pipeInput("a-1", article("a-1", UNREADABLE));
        articles.pipeInput("a-1", article("a-1", ODESA));

        assertThat(deadLetters.getQueueSize()).isEqualTo(1);
        List<TestRecord<String, StrikeEvent>> afterwards = events.readRecordsToList();
        assertThat(afterwards).as("nothing for the unreadable version; the next one retracts Kharkiv")
                .extracting(TestRecord::key).containsExactly(ODESA_ID, KHARKIV_ID);
        assertThat(afterwards.get(1).value()).isNull();
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
