package io.strikeline.alerts;

import static io.strikeline.alerts.TestTallies.events;
import static io.strikeline.alerts.TestTallies.key;
import static io.strikeline.alerts.TestTallies.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.strikeline.alerts.rules.AlertRules;
import io.strikeline.avro.Alert;
import io.strikeline.avro.AlertSeverity;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.runtime.StreamsRunner;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerting stage on a real broker, exactly-once, with the shipped rules: it raises the alerts its tallies call for,
 * a rising severity updates the alert, and neither a restart nor the same tallies produced again (a replay of the
 * tallies after a reset of the aggregate stage) raises any alert a second time.
 */
@ExtendWith(SharedKafka.class)
class AlertsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    /**
     * The earlier days, judged first: region-days of one region come from different partitions of the tallies, so
     * only days the stage has read already are history for the later ones.
     */
    private static final List<RegionDayTally> EARLIER = List.of(
            events("UA-18", "2025-06-01", 1),
            events("UA-63", "2025-07-22", 2));
    /** What the aggregate stage would write next; Kharkiv's 2025-07-23 rises from 3 events to 7. */
    private static final List<RegionDayTally> LATER = List.of(
            tally("UA-63", "2025-07-23", 3, 0, 0),
            events("UA-18", "2025-07-23", 1),
            tally("UA-63", "2025-07-23", 7, 0, 2),
            tally("UA", "2025-07-23", 4, 520, 2));

    @TempDir
    Path firstStateDir;
    @TempDir
    Path secondStateDir;

    private final AvroSerdes serdes = AvroSerdes.inMemory();

    @Test
    void shouldRaiseEachAlertOnceAtEachSeverityAcrossARestartAndAReplayOfTheSameTallies(EmbeddedKafka kafka)
            throws Exception {
        String bootstrap = kafka.bootstrapServers();
        AlertRules rules = AlertRules.defaults();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            AlertsStage stage = AlertsStage.create(admin, "alerts", 4);
            StrikelineTopics topics = stage.topics(serdes);
            try (StreamsRunner first = stage.start(bootstrap, serdes, firstStateDir, rules)) {
                produce(bootstrap, topics, EARLIER);
                await().atMost(TIMEOUT).until(() -> stage.caughtUp(admin));
                produce(bootstrap, topics, LATER);
                await().atMost(TIMEOUT).untilAsserted(() -> assertThat(stage.alertRecords(bootstrap, serdes))
                        .containsOnlyKeys(EXPECTED.keySet()));
                await().atMost(TIMEOUT).until(() -> stage.caughtUp(admin));
            }
            Map<String, List<AlertSeverity>> beforeReplay = severities(stage.alertRecords(bootstrap, serdes));
            assertThat(beforeReplay).isEqualTo(EXPECTED);

            // Stopped, the same tallies produced again; then a new instance without the first one's local state,
            // which restores what was raised from the changelog.
            produce(bootstrap, topics, EARLIER);
            produce(bootstrap, topics, LATER);
            try (StreamsRunner second = stage.start(bootstrap, serdes, secondStateDir, rules)) {
                await().atMost(TIMEOUT).until(() -> stage.caughtUp(admin));
                produce(bootstrap, topics, EARLIER);
                produce(bootstrap, topics, LATER);
                await().atMost(TIMEOUT).until(() -> stage.caughtUp(admin));
            }

            Map<String, List<Alert>> after = stage.alertRecords(bootstrap, serdes);
            assertThat(severities(after)).as("read_committed: no alert twice").isEqualTo(EXPECTED);
            assertThat(after.get("first-after-quiet|UA-18|2025-07-23").get(0).getMessage())
                    .contains("the first attack after 51 quiet days");
        }
    }

    /** Each alert id with the severities it was raised at, in order: a rise is an update under the same key. */
    private static final Map<String, List<AlertSeverity>> EXPECTED = Map.of(
            "events-per-day|UA-63|2025-07-23", List.of(AlertSeverity.WARNING, AlertSeverity.CRITICAL),
            "spike-7d|UA-63|2025-07-23", List.of(AlertSeverity.WARNING, AlertSeverity.CRITICAL),
            "killed|UA-63|2025-07-23", List.of(AlertSeverity.WARNING),
            "first-after-quiet|UA-18|2025-07-23", List.of(AlertSeverity.WARNING),
            "launched-nationwide|UA|2025-07-23", List.of(AlertSeverity.CRITICAL),
            "killed|UA|2025-07-23", List.of(AlertSeverity.WARNING));

    private static Map<String, List<AlertSeverity>> severities(Map<String, List<Alert>> records) {
        return records.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(Alert::getSeverity).toList()));
    }

    /** In order, one producer: the tallies of a region-day keep their order, as the aggregate stage writes them. */
    private void produce(String bootstrap, StrikelineTopics topics, List<RegionDayTally> tallies) {
        try (KafkaProducer<String, RegionDayTally> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
                topics.tallies().valueSerde().serializer())) {
            for (RegionDayTally tally : tallies) {
                producer.send(new ProducerRecord<>(topics.tallies().name(), key(tally), tally));
            }
        }
    }
}
