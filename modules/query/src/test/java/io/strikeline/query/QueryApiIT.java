package io.strikeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.strikeline.aggregate.AggregateTopology;
import io.strikeline.avro.DateBasis;
import io.strikeline.avro.Provenance;
import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.WeaponClass;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.kafka.local.Ports;
import io.strikeline.runtime.RegionDayPartitioner;
import io.strikeline.runtime.StreamsRunner;
import io.strikeline.runtime.StreamsSettings;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.EventIds;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicAdmin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the aggregate stage on the real broker, each with its API: a request to either answers for
 * every region-day, though each holds only its own partitions.
 */
@ExtendWith(SharedKafka.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryApiIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARTITIONS = 4;
    private static final LocalDate DAY = LocalDate.of(2025, 7, 23);
    private static final Instant KNOWN = Instant.parse("2025-07-23T06:00:00Z");
    private static final Instant REVISED = Instant.parse("2025-07-23T12:00:00Z");
    /** Regions with an event on DAY and the day before: 2 x 8 region-days, spread over the partitions. */
    private static final List<String> REGIONS = List.of("UA", "UA-59", "UA-63", "UA-51", "UA-30", "UA-32", "UA-12", "UA-14");

    @TempDir
    static Path stateDirs;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<AutoCloseable> running = new ArrayList<>();
    private String first;
    private String second;

    /** One aggregate instance and its HTTP API on {@code port}, advertised as its application.server. */
    private String startInstance(EmbeddedKafka kafka, AvroSerdes serdes, StrikelineTopics topics, String applicationId,
            String name) {
        int port = Ports.freePort("localhost");
        Properties config = StreamsSettings.of(applicationId, kafka.bootstrapServers(), stateDirs.resolve(name),
                topics.aggregateDlq().name(), Map.of(StreamsConfig.APPLICATION_SERVER_CONFIG, "localhost:" + port,
                        StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000));
        StreamsRunner runner = StreamsRunner.start(name, AggregateTopology.build(topics,
                serdes.value(RegionDayContributions.class), Duration.ofMillis(100)), config);
        KafkaStreams streams = runner.streams();
        QueryHttpApi queries = new QueryHttpApi(streams, new HostInfo("localhost", port), PARTITIONS);
        OperationsHttpApi operations = new OperationsHttpApi(streams);
        Javalin server = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.host = "localhost";
            javalin.jetty.port = port;
            queries.install(javalin);
            operations.install(javalin);
        }).start();
        running.add(runner);
        running.add(operations);
        running.add(server::stop);
        return "http://localhost:" + port;
    }

    @BeforeAll
    void startTwoInstancesAndProduce(EmbeddedKafka kafka) throws Exception {
        AvroSerdes serdes = AvroSerdes.inMemory();
        StrikelineTopics topics = new StrikelineTopics(serdes, PARTITIONS, "-" + SharedKafka.uniqueName("query"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            TopicAdmin.ensure(admin, topics.definitions(), Optional.empty());
        }
        String applicationId = SharedKafka.uniqueName(AggregateTopology.APPLICATION_ID);
        first = startInstance(kafka, serdes, topics, applicationId, "first");
        second = startInstance(kafka, serdes, topics, applicationId, "second");

        try (KafkaProducer<String, StrikeEvent> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                topics.strikeEvents().valueSerde().serializer())) {
            for (String region : REGIONS) {
                for (LocalDate day : List.of(DAY.minusDays(1), DAY)) {
                    send(producer, topics, report("kpszsu/" + day, region, day, 40, KNOWN));
                    send(producer, topics, article("news-" + day, region, day, 2, KNOWN));
                }
            }
            // Sumy's report revised later the same day: 40 launched became 46.
            send(producer, topics, report("kpszsu/" + DAY, "UA-59", DAY, 46, REVISED));
        }
        await().atMost(TIMEOUT).untilAsserted(() -> {
            assertThat(get(first + "/ready").statusCode()).isEqualTo(200);
            assertThat(get(second + "/ready").statusCode()).isEqualTo(200);
            JsonNode sumy = json(first + "/tallies?region=UA-59&from=" + DAY + "&to=" + DAY);
            assertThat(sumy).hasSize(1);
            assertThat(sumy.get(0).get("launched").asLong()).isEqualTo(46);
            assertThat(json(first + "/tallies?from=" + DAY.minusDays(1) + "&to=" + DAY)).hasSize(2 * REGIONS.size());
        });
    }

    @AfterAll
    void stop() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void eitherInstanceAnswersForEveryRegionDayThoughEachHoldsOnlyPart() throws Exception {
        String range = "/tallies?from=" + DAY.minusDays(1) + "&to=" + DAY;
        JsonNode fromFirst = json(first + range);
        JsonNode fromSecond = json(second + range);

        assertThat(fromFirst).isEqualTo(fromSecond).hasSize(2 * REGIONS.size());
        int heldByFirst = 0;
        for (int partition = 0; partition < PARTITIONS; partition++) {
            HttpResponse<String> fromItsOwner = get(first + range, partition);
            if (fromItsOwner.statusCode() == 200) {
                heldByFirst += JSON.readTree(fromItsOwner.body()).size();
            } else {
                assertThat(fromItsOwner.statusCode()).as("a partition the first does not hold").isEqualTo(503);
                assertThat(get(second + range, partition).statusCode()).as("the second holds it").isEqualTo(200);
            }
        }
        assertThat(heldByFirst).as("each instance holds part of the state").isPositive().isLessThan(2 * REGIONS.size());
        JsonNode kharkiv = json(second + "/tallies?region=UA-63&from=" + DAY + "&to=" + DAY).get(0);
        assertThat(kharkiv.get("events").asInt()).as("the article corroborates the report").isEqualTo(1);
        assertThat(kharkiv.get("launched").asLong()).isEqualTo(40);
        assertThat(kharkiv.get("killed").asLong()).isEqualTo(2);
        assertThat(kharkiv.get("distinctSources").asInt()).isEqualTo(2);
    }

    @Test
    void answersEveryRegionOfADayWithTheNationalRow() throws Exception {
        JsonNode day = json(second + "/tallies/" + DAY);

        List<String> regions = new ArrayList<>();
        day.forEach(tally -> regions.add(tally.get("region").asText()));
        assertThat(regions).containsExactlyInAnyOrderElementsOf(REGIONS).contains("UA");
    }

    @Test
    void servesTheMergedEventsOfARegionDayWithTheirSourcesFromWhicheverInstanceHoldsThem() throws Exception {
        for (String region : REGIONS) {
            String path = "/events?region=" + region + "&date=" + DAY;
            JsonNode fromFirst = json(first + path);
            assertThat(fromFirst).as(region).isEqualTo(json(second + path));
            JsonNode attack = fromFirst.get("attacks").get(0);
            assertThat(attack.get("weaponClass").asText()).isEqualTo("DRONE");
            assertThat(attack.get("sourceCount").asInt()).isEqualTo(2);
            JsonNode article = attack.get("sources").get(1);
            assertThat(article.get("kind").asText()).isEqualTo("ARTICLE");
            assertThat(article.get("outlet").asText()).isEqualTo("Example Daily");
            assertThat(article.get("evidence").asText()).contains("drones hit");
        }
    }

    @Test
    void answersAsOfAPastInstantWithWhatWasKnownThen() throws Exception {
        String sumy = "/tallies?region=UA-59&from=" + DAY + "&to=" + DAY;

        assertThat(json(first + sumy + "&asOf=" + REVISED.minusSeconds(1)).get(0).get("launched").asLong()).isEqualTo(40);
        assertThat(json(second + sumy + "&asOf=" + REVISED).get(0).get("launched").asLong()).isEqualTo(46);
        assertThat(json(first + sumy + "&asOf=" + KNOWN.minusSeconds(1))).as("nothing known yet").isEmpty();
        JsonNode events = json(second + "/events?region=UA-59&date=" + DAY + "&asOf=" + REVISED.minusSeconds(1));
        assertThat(events.get("attacks").get(0).get("launched").asInt()).isEqualTo(40);
        assertThat(events.get("asOf").asText()).isEqualTo(REVISED.minusSeconds(1).toString());
    }

    @Test
    void listsThe27RegionsAndTheNationalRow() throws Exception {
        JsonNode regions = json(first + "/regions");

        assertThat(regions).hasSize(28);
        assertThat(regions.findValuesAsText("iso")).contains("UA-59", "UA-30", "UA-32", "UA");
    }

    @Test
    void refusesBadParametersWithA400ThatSaysWhy() throws Exception {
        assertBadRequest("/tallies?region=UA-99&from=2025-07-01&to=2025-07-31", "unknown region 'UA-99'");
        assertBadRequest("/tallies?region=UA-59&from=2025-07-32&to=2025-07-31", "from '2025-07-32' is not a date");
        assertBadRequest("/tallies?from=2025-08-01&to=2025-07-31", "is after to");
        assertBadRequest("/tallies?from=2024-01-01&to=2025-07-31", "at most 366");
        assertBadRequest("/tallies?from=2025-07-01", "to is required");
        assertBadRequest("/tallies?from=2025-07-01&to=2025-07-02&asOf=yesterday", "asOf 'yesterday' is not an instant");
        assertBadRequest("/tallies/23-07-2025", "date '23-07-2025' is not a date");
        assertBadRequest("/events?region=Sumy&date=2025-07-23", "unknown region 'Sumy'");
        assertBadRequest("/events?region=UA-59", "date is required");
    }

    @Test
    void reportsHealthReadinessAndPrometheusMetrics() throws Exception {
        assertThat(get(first + "/health").statusCode()).isEqualTo(200);
        assertThat(json(second + "/ready").get("state").asText()).isEqualTo("RUNNING");
        HttpResponse<String> metrics = get(first + "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("kafka_stream_").contains("jvm_memory_used_bytes");
    }

    private void assertBadRequest(String path, String message) throws Exception {
        HttpResponse<String> response = get(first + path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).as(path).contains(message);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As another instance asks: for one partition, answered from the instance's own state or not at all. */
    private HttpResponse<String> get(String url, int partition) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header(Instances.PARTITIONS_HEADER, String.valueOf(partition))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Timestamped when it entered the pipeline, as enrich writes it (the stage's stream time follows). */
    private static void send(KafkaProducer<String, StrikeEvent> producer, StrikelineTopics topics, StrikeEvent event) {
        producer.send(new ProducerRecord<>(topics.strikeEvents().name(),
                RegionDayPartitioner.partition(event.getEventId(), PARTITIONS), event.getIngestedAt().toEpochMilli(),
                event.getEventId(), event));
    }

    private static StrikeEvent report(String source, String region, LocalDate day, int launched, Instant ingested) {
        return event(EventIds.forReport(source, region, day, WeaponClass.DRONE), region, day, ingested)
                .setDateBasis(DateBasis.REPORT_WINDOW_END)
                .setWeaponModel("Shahed-136/131")
                .setWindowStart(day.minusDays(1).atTime(20, 0).toInstant(java.time.ZoneOffset.ofHours(3)))
                .setWindowEnd(day.atTime(6, 0).toInstant(java.time.ZoneOffset.ofHours(3)))
                .setLaunched(launched)
                .setProvenance(Provenance.newBuilder().setSourceKind(SourceKind.STRIKE_REPORT).setSourceId(source)
                        .setOutlet("Air Force of Ukraine").setEvidence("Shahed-136/131: launched " + launched).build())
                .build();
    }

    private static StrikeEvent article(String source, String region, LocalDate day, int killed, Instant ingested) {
        return event(EventIds.forArticle(source, region, day, WeaponClass.DRONE), region, day, ingested)
                .setKilled(killed)
                .setProvenance(Provenance.newBuilder().setSourceKind(SourceKind.ARTICLE).setSourceId(source)
                        .setOutlet("Example Daily").setUrl("https://example.org/" + source)
                        .setEvidence("Russian drones hit the city overnight, killing " + killed + ".")
                        .setEvidenceStart(0).setEvidenceEnd(50).build())
                .build();
    }

    private static StrikeEvent.Builder event(String id, String region, LocalDate day, Instant ingested) {
        return StrikeEvent.newBuilder()
                .setEventId(id)
                .setRegionIso(region)
                .setRegionName(region)
                .setEventDate(day)
                .setDateBasis(DateBasis.PUBLISHED)
                .setWeaponClass(WeaponClass.DRONE)
                .setExtractorVersion("test/1")
                .setIngestedAt(ingested);
    }
}
