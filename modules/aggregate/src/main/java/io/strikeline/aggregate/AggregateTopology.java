package io.strikeline.aggregate;

import io.strikeline.avro.RegionDayEvents;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.topics.StrikelineTopics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * strike-events (a table keyed by event id) -> the events of each region and day -> tallies.region-day.
 * A table, not a stream: an updated event replaces its previous version (subtracted from its old region
 * and day, added to its new one) and a tombstone retracts it, so every tally always reflects exactly the
 * current events. No windows, hence no grace period: a report about a day months ago updates that day.
 */
public final class AggregateTopology {

    /** Stable: renaming it would start the aggregation from scratch. */
    public static final String APPLICATION_ID = "strikeline-aggregate";
    public static final String EVENTS_STORE = "strike-events-by-id";
    public static final String REGION_DAY_STORE = "region-day-events";
    public static final String REPARTITION = "events-by-region-day";

    private AggregateTopology() {
    }

    public static Topology build(StrikelineTopics topics, Serde<RegionDayEvents> stateSerde) {
        Serde<String> keys = Serdes.String();
        Serde<StrikeEvent> events = topics.strikeEvents().valueSerde();
        StreamsBuilder builder = new StreamsBuilder();

        KTable<String, StrikeEvent> byId = builder.table(topics.strikeEvents().name(),
                Consumed.with(keys, events).withName("read-strike-events"),
                Materialized.<String, StrikeEvent, KeyValueStore<Bytes, byte[]>>as(EVENTS_STORE)
                        .withKeySerde(keys).withValueSerde(events));

        KTable<String, RegionDayEvents> byRegionDay = byId
                .groupBy((eventId, event) -> KeyValue.pair(RegionDayKey.of(event), event),
                        Grouped.with(REPARTITION, keys, events))
                .aggregate(RegionDayState::empty, RegionDayState::add, RegionDayState::remove,
                        Named.as("collect-region-day-events"),
                        Materialized.<String, RegionDayEvents, KeyValueStore<Bytes, byte[]>>as(REGION_DAY_STORE)
                                .withKeySerde(keys).withValueSerde(stateSerde));

        byRegionDay.toStream(Named.as("region-day-changes"))
                .mapValues(Tallies::of, Named.as("compute-tallies"))
                .to(topics.tallies().name(), Produced.with(keys, topics.tallies().valueSerde()).withName("write-tallies"));
        return builder.build();
    }
}
