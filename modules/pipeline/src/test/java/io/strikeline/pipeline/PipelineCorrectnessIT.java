package io.strikeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.WeaponClass;
import io.strikeline.avro.WeaponClassCount;
import io.strikeline.enrich.ReportNormalizer;
import io.strikeline.enrich.WeaponCatalogue;
import io.strikeline.geo.Gazetteer;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stream stages on a real broker against a batch computation over the final state of the input:
 * more than 10,000 generated reports with duplicates across sources, out-of-order dates, revisions
 * (counts, regions, dates) and deletions. The latest value of every tally must equal the batch truth,
 * and a second run of the same input under new application ids must produce identical tallies.
 */
class PipelineCorrectnessIT {

    private static final Duration SETTLE = Duration.ofMinutes(4);

    @RegisterExtension
    static final RegistryOnSharedKafka STACK = new RegistryOnSharedKafka();

    @TempDir
    Path stateDir;

    @Test
    void finalTalliesEqualTheBatchTruthAndARerunUnderNewIdsGivesTheSame() throws Exception {
        ReportHistory history = ReportHistory.generate(10_000, 20260401L);
        PipelineConfig config = PipelineConfig.of(STACK.bootstrapServers(), STACK.registryUrl(), stateDir)
                .withTopicSuffix("-" + SharedKafka.uniqueName("e2e")).withPartitions(2);

        Map<String, RegionDayTally> live;
        try (Pipeline pipeline = Pipeline.start(config)) {
            history.produce(STACK.bootstrapServers(), pipeline.topics().strikeReports());
            pipeline.awaitSettled(SETTLE);
            live = tallies(pipeline.topics());
        }

        ReportNormalizer normalizer = new ReportNormalizer(WeaponCatalogue.load(), Gazetteer.load());
        Map<String, BatchTallies.Expected> truth = BatchTallies.compute(history.finalState(), normalizer);
        assertThat(history.versions()).hasSizeGreaterThan(12_000);
        assertThat(truth).hasSizeGreaterThan(1_000);
        assertThat(observed(live)).isEqualTo(truth);

        Map<String, RegionDayTally> rerun;
        try (Pipeline replay = Pipeline.start(config.asReplay("-rerun"))) {
            replay.awaitSettled(SETTLE);
            rerun = tallies(replay.topics());
        }
        assertThat(rerun).isEqualTo(live);
    }

    private static Map<String, RegionDayTally> tallies(StrikelineTopics topics) {
        return new TreeMap<>(TopicSnapshot.read(STACK.bootstrapServers(), Map.of(), topics.tallies().name(),
                topics.tallies().valueSerde().deserializer()));
    }

    private static Map<String, BatchTallies.Expected> observed(Map<String, RegionDayTally> tallies) {
        Map<String, BatchTallies.Expected> observed = new TreeMap<>();
        tallies.forEach((key, tally) -> {
            Map<WeaponClass, Integer> byWeapon = new EnumMap<>(WeaponClass.class);
            for (WeaponClassCount count : tally.getEventsByWeapon()) {
                byWeapon.put(count.getWeaponClass(), count.getEvents());
            }
            observed.put(key, new BatchTallies.Expected(tally.getRegionIso(), tally.getRegionName(), tally.getEvents(),
                    byWeapon, tally.getLaunched(), tally.getIntercepted(), tally.getKilled(), tally.getInjured(),
                    tally.getDistinctSources()));
        });
        return observed;
    }
}
