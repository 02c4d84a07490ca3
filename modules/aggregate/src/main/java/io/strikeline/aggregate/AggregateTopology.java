package io.strikeline.aggregate;

import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.topics.StrikelineTopics;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * strike-events -> the contributions of each region and day -> tallies.region-day.
 *
 * <p>strike-events is partitioned by the region-day its keys name (see {@code EventIds}), so every event of a
 * region-day, its revisions and its tombstone reach the same task: no repartition topic, no second store of
 * events by id. A revised event replaces its contribution; a tombstone retracts it; a region-day left with
 * no event is tombstoned. No windows, hence no grace period: a report about a day months ago updates that day.
 */
public final class AggregateTopology {

    /** Stable: renaming it would start the aggregation from scratch. */
    public static final String APPLICATION_ID = "strikeline-aggregate";
    public static final String REGION_DAY_STORE = "region-day-contributions";
    /** The input offset through which every change has been emitted as a tally, one entry per task. */
    public static final String EMIT_MARK_STORE = "region-day-emit-mark";
    /** How often the tallies of changed region-days are emitted: the commit interval under exactly-once. */
    public static final Duration DEFAULT_EMIT_INTERVAL = Duration.ofMillis(100);
    /**
     * How far back the as-of view reaches: versions revised or retracted longer ago (in stream time) are forgotten,
     * so that revisions and re-ingests do not grow the state without end.
     */
    public static final Duration DEFAULT_HISTORY_RETENTION = Duration.ofDays(365);

    private AggregateTopology() {
    }

    public static Topology build(StrikelineTopics topics, Serde<RegionDayContributions> stateSerde) {
        return build(topics, stateSerde, DEFAULT_EMIT_INTERVAL);
    }

    public static Topology build(StrikelineTopics topics, Serde<RegionDayContributions> stateSerde,
            Duration emitInterval) {
        return build(topics, stateSerde, emitInterval, DEFAULT_HISTORY_RETENTION);
    }

    public static Topology build(StrikelineTopics topics, Serde<RegionDayContributions> stateSerde,
            Duration emitInterval, Duration historyRetention) {
        Serde<String> keys = Serdes.String();
        Serde<StrikeEvent> events = topics.strikeEvents().valueSerde();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REGION_DAY_STORE), keys,
                stateSerde).withCachingEnabled());
        // One entry per task, written once per emit and read when the task starts: in memory, restored from its
        // changelog; cached, so a commit writes it once.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(EMIT_MARK_STORE), keys,
                Serdes.Long()).withCachingEnabled());
        builder.stream(topics.strikeEvents().name(), Consumed.with(keys, events).withName("read-strike-events"))
                .process(() -> new RegionDayCollector(REGION_DAY_STORE, EMIT_MARK_STORE, emitInterval, historyRetention),
                        Named.as("collect-region-days"), REGION_DAY_STORE, EMIT_MARK_STORE)
                .to(topics.tallies().name(), Produced.with(keys, topics.tallies().valueSerde()).withName("write-tallies"));
        return builder.build();
    }
}
