package io.strikeline.alerts;

import static io.strikeline.alerts.TestTallies.events;
import static io.strikeline.alerts.TestTallies.key;
import static io.strikeline.alerts.TestTallies.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.strikeline.alerts.rules.AlertRule;
import io.strikeline.alerts.rules.AlertRules;
import io.strikeline.alerts.rules.Finding;
import io.strikeline.alerts.rules.Measure;
import io.strikeline.alerts.rules.QuietRule;
import io.strikeline.alerts.rules.RegionHistory;
import io.strikeline.alerts.rules.Scope;
import io.strikeline.alerts.rules.SeverityLadder;
import io.strikeline.alerts.rules.SpikeRule;
import io.strikeline.alerts.rules.SpikeStatistic;
import io.strikeline.alerts.rules.ThresholdRule;
import io.strikeline.avro.Alert;
import io.strikeline.avro.AlertSeverity;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.runtime.StreamsSettings;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertTopologyTest {

    private static final Instant START = Instant.parse("2025-07-23T09:00:00Z");

    /** A rule that throws on one region, as a rule with a bug would. */
    private static final AlertRule BROKEN_ON_UA_07 = new AlertRule() {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public Scope scope() {
            return Scope.ALL;
        }

        @Override
        public int lookBackDays() {
            return 0;
        }

        @Override
        public Optional<Finding> evaluate(RegionDayTally tally, RegionHistory history) {
            if (tally.getRegionIso().equals("UA-07")) {
                throw new ArithmeticException("/ by zero");
            }
            return Optional.empty();
        }
    };

    private static final AlertRules RULES = new AlertRules(List.of(
            new ThresholdRule("events-per-day", Scope.REGIONS, Measure.EVENTS,
                    new SeverityLadder(Map.of(AlertSeverity.WARNING, 3.0, AlertSeverity.CRITICAL, 6.0))),
            new SpikeRule("spike-7d", Scope.REGIONS, Measure.EVENTS, 7, SpikeStatistic.RATIO, 1.0, 3,
                    new SeverityLadder(Map.of(AlertSeverity.WARNING, 3.0, AlertSeverity.CRITICAL, 6.0))),
            new QuietRule("first-after-quiet", Scope.REGIONS,
                    new SeverityLadder(Map.of(AlertSeverity.INFO, 7.0, AlertSeverity.WARNING, 30.0))),
            BROKEN_ON_UA_07));

    @TempDir
    Path stateDir;

    private final AvroSerdes serdes = AvroSerdes.inMemory();
    private final StrikelineTopics topics = new StrikelineTopics(serdes);
    private TopologyTestDriver driver;
    private TestInputTopic<String, RegionDayTally> tallies;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        driver = new TopologyTestDriver(AlertTopology.build(topics, RULES),
                StreamsSettings.of(AlertTopology.APPLICATION_ID, "unused:9092", stateDir, topics.alertsDlq().name(),
                        Map.of()), START);
        tallies = driver.createInputTopic(topics.tallies().name(), new StringSerializer(),
                topics.tallies().valueSerde().serializer());
        alerts = driver.createOutputTopic(topics.alerts().name(), new StringDeserializer(),
                topics.alerts().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.alertsDlq().name(), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        serdes.close();
    }

    private void pipe(RegionDayTally... values) {
        for (RegionDayTally tally : values) {
            tallies.pipeInput(key(tally), tally);
        }
    }

    @Test
    void shouldRaiseAnAlertKeyedByRuleRegionAndDayWhenAThresholdIsReached() {
        pipe(events("UA-63", "2025-07-23", 2));
        assertThat(alerts.isEmpty()).as("2 events are below the threshold").isTrue();

        pipe(events("UA-63", "2025-07-23", 3));

        TestRecord<String, Alert> raised = alerts.readRecord();
        assertThat(raised.key()).isEqualTo("events-per-day|UA-63|2025-07-23");
        assertThat(raised.value().getAlertId()).isEqualTo(raised.key());
        assertThat(raised.value().getRule()).isEqualTo("events-per-day");
        assertThat(raised.value().getRegionIso()).isEqualTo("UA-63");
        assertThat(raised.value().getSeverity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(raised.value().getMessage()).contains("3 events, at or above the WARNING threshold of 3");
        assertThat(raised.value().getTally().getEvents()).isEqualTo(3);
        assertThat(raised.value().getRaisedAt()).isEqualTo(START);
        // 3 events after a quiet week is also a spike (the mean of 0 is raised to the baseline 1: a ratio of 3)
        assertThat(alerts.readKeyValuesToMap()).containsOnlyKeys("spike-7d|UA-63|2025-07-23");
    }

    @Test
    void shouldUpdateTheSameAlertWhenItsSeverityRisesAndNeverRepeatASeverity() {
        pipe(events("UA-63", "2025-07-23", 3));
        alerts.readRecordsToList();

        pipe(events("UA-63", "2025-07-23", 4), events("UA-63", "2025-07-23", 5));
        assertThat(alerts.isEmpty()).as("still WARNING: nothing new").isTrue();

        pipe(events("UA-63", "2025-07-23", 6));

        assertThat(alerts.readRecordsToList()).extracting(TestRecord::key, record -> record.value().getSeverity())
                .containsExactly(tuple("events-per-day|UA-63|2025-07-23",
                        AlertSeverity.CRITICAL), tuple("spike-7d|UA-63|2025-07-23",
                        AlertSeverity.CRITICAL));
    }

    @Test
    void shouldFireNothingWhenTheSameTalliesArePipedAgain() {
        List<RegionDayTally> history = List.of(events("UA-18", "2025-07-01", 1), events("UA-63", "2025-07-22", 2),
                events("UA-63", "2025-07-23", 7), events("UA-18", "2025-07-23", 1));
        history.forEach(this::pipe);
        assertThat(alerts.readKeyValuesToMap()).containsOnlyKeys("events-per-day|UA-63|2025-07-23",
                "spike-7d|UA-63|2025-07-23", "first-after-quiet|UA-18|2025-07-23");

        history.forEach(this::pipe);
        history.forEach(this::pipe);

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldJudgeASpikeAgainstTheRegionsTrailingDays() {
        // 7 events over the week before 2025-07-23: a mean of 1. Each day is its own key, partitioned apart.
        pipe(events("UA-51", "2025-07-16", 2), events("UA-51", "2025-07-19", 3), events("UA-51", "2025-07-22", 2));
        alerts.readRecordsToList();

        pipe(events("UA-51", "2025-07-23", 4));
        Map<String, Alert> raised = alerts.readKeyValuesToMap();

        assertThat(raised).containsOnlyKeys("events-per-day|UA-51|2025-07-23", "spike-7d|UA-51|2025-07-23");
        assertThat(raised.get("spike-7d|UA-51|2025-07-23").getMessage())
                .contains("4.00 times the trailing 7-day mean of 1.00");
    }

    @Test
    void shouldNotCallADayASpikeAgainstABusyWeek() {
        pipe(events("UA-51", "2025-07-20", 6), events("UA-51", "2025-07-21", 5), events("UA-51", "2025-07-22", 4));
        alerts.readRecordsToList();

        pipe(events("UA-51", "2025-07-23", 5));

        assertThat(alerts.readKeyValuesToMap()).containsOnlyKeys("events-per-day|UA-51|2025-07-23");
    }

    @Test
    void shouldRaiseTheFirstAttackAfterQuietDaysOnlyWhenAnEarlierAttackIsKnown() {
        pipe(events("UA-18", "2025-06-01", 1));
        assertThat(alerts.isEmpty()).as("nothing known before: not a quiet region").isTrue();

        pipe(events("UA-18", "2025-07-23", 1), events("UA-18", "2025-07-24", 1));

        assertThat(alerts.readRecordsToList()).singleElement().satisfies(alert -> {
            assertThat(alert.key()).isEqualTo("first-after-quiet|UA-18|2025-07-23");
            assertThat(alert.value().getSeverity()).isEqualTo(AlertSeverity.WARNING);
            assertThat(alert.value().getMessage()).contains("the first attack after 51 quiet days");
        });
    }

    @Test
    void shouldTakeNothingBackWhenATallyIsRevisedDownOrRetractedButForgetTheDayInTheHistory() {
        pipe(events("UA-18", "2025-06-01", 1), events("UA-18", "2025-07-10", 6));
        assertThat(alerts.readKeyValuesToMap()).containsKeys("events-per-day|UA-18|2025-07-10",
                "first-after-quiet|UA-18|2025-07-10");

        pipe(events("UA-18", "2025-07-10", 1));
        tallies.pipeInput("UA-18|2025-07-10", null);
        pipe(events("UA-18", "2025-07-10", 6));
        assertThat(alerts.isEmpty()).as("no un-alert, and the same severity again is no new alert").isTrue();

        // With 2025-07-10 retracted, and then back, the last attack before 2025-07-23 is 2025-07-10 again...
        tallies.pipeInput("UA-18|2025-07-10", null);
        // ...and once it is retracted for good, 2025-07-23 comes 51 quiet days after 2025-06-01.
        pipe(events("UA-18", "2025-07-23", 1));

        assertThat(alerts.readKeyValuesToMap()).containsOnlyKeys("first-after-quiet|UA-18|2025-07-23");
    }

    @Test
    void shouldSendATallyThatIsNotARegionDayOrThatARuleThrowsOnToTheDeadLettersAndGoOn() {
        RegionDayTally odesa = events("UA-51", "2025-07-23", 3);
        tallies.pipeInput("UA-51/2025-07-23", odesa);
        tallies.pipeInput("UA-63|2025-07-23", odesa);
        pipe(events("UA-07", "2025-07-23", 9));
        pipe(odesa);

        List<TestRecord<String, byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(TestRecord::key).containsExactly("UA-51/2025-07-23", "UA-63|2025-07-23",
                "UA-07|2025-07-23");
        assertThat(header(dead.get(0), "__streams.errors.message"))
                .isEqualTo("The tally key 'UA-51/2025-07-23' is not REGION|YYYY-MM-DD");
        assertThat(header(dead.get(1), "__streams.errors.message"))
                .isEqualTo("The tally under 'UA-63|2025-07-23' is about UA-51|2025-07-23");
        assertThat(header(dead.get(1), "__streams.errors.topic")).isEqualTo(topics.tallies().name());
        assertThat(topics.tallies().valueSerde().deserializer().deserialize(topics.tallies().name(), dead.get(1).value()))
                .as("the tally as it was read").isEqualTo(odesa);
        assertThat(header(dead.get(2), "__streams.errors.message"))
                .startsWith("Rule 'broken' failed on the tally of UA-07|2025-07-23: java.lang.ArithmeticException");
        assertThat(alerts.readKeyValuesToMap()).as("nothing raised for the tally a rule threw on; the next is read")
                .containsOnlyKeys("events-per-day|UA-51|2025-07-23", "spike-7d|UA-51|2025-07-23");
    }

    @Test
    void shouldNameEveryOperatorStoreAndTheRepartitionTopic() {
        TopologyDescription description = AlertTopology.build(topics, RULES).describe();

        assertThat(description.toString()).contains("read-tallies", "check-tallies", "raise-alerts", "write-alerts",
                AlertTopology.REGION_DAYS_STORE, AlertTopology.RAISED_STORE, "by-region-repartition");
        assertThat(AlertTopology.repartitionTopic("strikeline-alerts"))
                .isEqualTo("strikeline-alerts-by-region-repartition");
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
