package io.strikeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.strikeline.avro.Article;
import io.strikeline.avro.StrikeReport;
import io.strikeline.ingest.http.IngestHttpApi;
import io.strikeline.ingest.reports.ReportParser;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.registry.RegistryConfig;
import io.strikeline.registry.SchemaRegistryServer;
import io.strikeline.registry.storage.StorageConfig;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicAdmin;
import io.strikeline.topics.TopicSnapshot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** File and HTTP ingest against a real broker and registry: what is produced, what is dead-lettered, and why. */
@ExtendWith(SharedKafka.class)
class IngestIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-24T10:00:00Z"), ZoneOffset.UTC);
    private static EmbeddedKafka kafka;
    private static SchemaRegistryServer registry;
    private static AvroSerdes serdes;

    private StrikelineTopics topics;
    private IngestWriter writer;
    private Ingest ingest;

    @TempDir
    Path dir;

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

    /** Each test gets its own topics, so what one writes never shows up in another. */
    @BeforeEach
    void createTopics() {
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        topics = new StrikelineTopics(serdes, 2, suffix);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            TopicAdmin.ensure(admin, topics.definitions(), Optional.empty());
        }
        writer = IngestWriter.connect(kafka.bootstrapServers(), Map.of());
        ingest = new Ingest(kafka.bootstrapServers(), Map.of(), topics, writer, CLOCK);
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    private Path fixture(String resource) throws Exception {
        Path target = dir.resolve(Path.of(resource).getFileName());
        try (var in = IngestIT.class.getResourceAsStream(resource)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private Map<String, StrikeReport> reports() {
        return TopicSnapshot.read(kafka.bootstrapServers(), Map.of(), topics.strikeReports().name(),
                topics.strikeReports().valueSerde().deserializer());
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters(int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topics.ingestDlq().name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    @Test
    void shouldProduceValidReportsAndDeadLetterTheRestWithReasonFileAndLine() throws Exception {
        IngestSummary summary = ingest.reports(fixture("/reports/generation-2025.csv"), false, ProgressBar.NONE);

        assertThat(summary.line()).isEqualTo("read 9, produced 5, rejected 4");
        assertThat(reports()).hasSize(5).allSatisfy((key, report) -> assertThat(report.getReportId()).isEqualTo(key));
        List<ConsumerRecord<String, byte[]>> dead = deadLetters(4);
        assertThat(dead).hasSize(4);
        ConsumerRecord<String, byte[]> badCount = dead.get(0);
        // The second report spans four lines (a multi-line dict), so the bad count sits on line 10.
        assertThat(badCount.key()).isEqualTo("generation-2025.csv:10");
        assertThat(DeadLetters.header(badCount.headers(), DeadLetters.REASON)).contains("12.5");
        assertThat(DeadLetters.header(badCount.headers(), DeadLetters.SOURCE)).isEqualTo("generation-2025.csv");
        assertThat(DeadLetters.header(badCount.headers(), DeadLetters.LINE)).isEqualTo("10");
        assertThat(new String(badCount.value(), java.nio.charset.StandardCharsets.UTF_8)).contains("example-bad-count");
        assertThat(summary.rejections()).extracting(IngestSummary.Rejection::line).containsExactly(10L, 11L, 12L, 13L);
    }

    @Test
    void shouldReplaceRevisedReportsAndDeleteVanishedOnesInSnapshotMode() throws Exception {
        ingest.reports(fixture("/reports/generation-2024.csv"), false, ProgressBar.NONE);
        assertThat(reports()).hasSize(2);
        // The revised dataset: the first report's count corrected, the second row gone.
        Path revised = dir.resolve("revised.csv");
        Files.writeString(revised, String.join("\n", Files.readAllLines(fixture("/reports/generation-2024.csv")).subList(0, 2))
                .replace("109.0", "115.0") + "\n");

        IngestSummary summary = ingest.reports(revised, true, ProgressBar.NONE);

        assertThat(summary.line()).isEqualTo("read 1, produced 1, rejected 0, tombstoned 1");
        assertThat(reports().values()).singleElement().satisfies(report -> assertThat(report.getLaunched()).isEqualTo(115));
    }

    @Test
    void shouldLeaveReportsPushedOverHttpAloneInSnapshotMode() throws Exception {
        Parsed<StrikeReport> pushed = ReportParser.parse(new RawRecord(Map.of("time_start", "2025-07-22 18:00",
                "time_end", "2025-07-23 08:00", "model", "Shahed-136/131", "target", "Ukraine", "launched", "71",
                "source", "push/1"), RawRecord.PUSHED, 1, new byte[0]), CLOCK.instant());
        writer.send(topics.strikeReports(), pushed.key(), pushed.value());
        writer.flush();

        IngestSummary summary = ingest.reports(fixture("/reports/generation-2024.csv"), true, ProgressBar.NONE);

        assertThat(summary.line()).isEqualTo("read 2, produced 2, rejected 0");
        assertThat(reports()).hasSize(3).containsKey(pushed.key());
    }

    @Test
    void shouldNotTombstoneAnythingInSnapshotModeWhenRowsWereRejected() throws Exception {
        ingest.reports(fixture("/reports/generation-2024.csv"), false, ProgressBar.NONE);
        // The second row is broken in the new copy (its count unreadable): it must not be deleted for that.
        List<String> lines = Files.readAllLines(fixture("/reports/generation-2024.csv"));
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).replace(",4,3,", ",four,3,")
                + "\n");

        IngestSummary summary = ingest.reports(broken, true, ProgressBar.NONE);

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.tombstoned()).isZero();
        assertThat(summary.line()).contains("snapshot not reconciled");
        assertThat(reports()).hasSize(2);
    }

    @Test
    void shouldIngestArticlesAndDeadLetterBadLines() throws Exception {
        IngestSummary summary = ingest.articles(fixture("/articles/sample.jsonl"), ProgressBar.NONE);

        assertThat(summary.line()).isEqualTo("read 4, produced 2, rejected 2");
        assertThat(summary.rejections()).extracting(IngestSummary.Rejection::reason)
                .anySatisfy(reason -> assertThat(reason).contains("published 'yesterday'"))
                .anySatisfy(reason -> assertThat(reason).contains("not valid JSON"));
        Map<String, Article> articles = TopicSnapshot.read(kafka.bootstrapServers(), Map.of(), topics.articles().name(),
                topics.articles().valueSerde().deserializer());
        assertThat(articles.keySet()).containsExactlyInAnyOrder("ex-1", "ex-2");
    }

    @Test
    void shouldAcceptPushedRecordsWith202AndRefuseABatchWithAnInvalidItemWith400() throws Exception {
        Javalin http = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            new IngestHttpApi(writer, topics, CLOCK).install(config);
        }).start("localhost", 0);
        try {
            String base = "http://localhost:" + http.port();
            HttpResponse<String> accepted = post(base + "/v1/strike-reports", """
                    {"time_start":"2025-07-22 18:00","time_end":"2025-07-23 08:00","model":"Shahed-136/131",
                     "target":"Ukraine","launched":71,"affected region":["Sumy oblast"],"source":"push/1"}""");
            HttpResponse<String> refused = post(base + "/v1/articles", """
                    [{"id":"p-1","source":"Wire","published":"2025-07-24","text":"Fine."},
                     {"id":"p-2","source":"Wire","published":"not a date","text":"Bad date."}]""");
            HttpResponse<String> notJson = post(base + "/v1/articles", "{oops");

            assertThat(accepted.statusCode()).isEqualTo(202);
            assertThat(accepted.body()).contains("\"keys\":[\"r-");
            StrikeReport pushed = reports().values().iterator().next();
            assertThat(pushed.getAffectedRegions()).containsExactly("Sumy oblast");
            assertThat(pushed.getSourceFile()).as("pushed, not read from a file").isNull();
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("\"index\":1").contains("published 'not a date'");
            assertThat(notJson.statusCode()).isEqualTo(400);
            assertThat(TopicSnapshot.read(kafka.bootstrapServers(), Map.of(), topics.articles().name(),
                    new ByteArrayDeserializer())).as("nothing of the refused batch is written").isEmpty();
        } finally {
            http.stop();
        }
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(new URI(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
