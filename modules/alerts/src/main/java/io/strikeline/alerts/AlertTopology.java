package io.strikeline.alerts;

import io.strikeline.alerts.rules.AlertRules;
import io.strikeline.avro.Alert;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.topics.StrikelineTopics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * tallies.region-day -> alerts.
 *
 * <p>The tallies are partitioned by region-day, but the trailing-days and quiet-days rules need a region's earlier
 * days in the task that judges its day: the tallies go through a repartition topic ({@value #BY_REGION}) partitioned
 * by region, keys unchanged. The task keeps each region's days ({@value #REGION_DAYS_STORE}) and the severity raised
 * so far per alert id ({@value #RAISED_STORE}); an alert is emitted when its severity rises, never twice at the same
 * one. A tally that cannot be read as a region-day, or that a rule throws on, goes to alerts.dlq.
 */
public final class AlertTopology {

    /** Stable: renaming it would forget which alerts were raised, and raise them all again. */
    public static final String APPLICATION_ID = "strikeline-alerts";
    /** The repartition by region: topic {@code <application id>-by-region-repartition}. */
    public static final String BY_REGION = "by-region";
    public static final String REGION_DAYS_STORE = "region-days";
    public static final String RAISED_STORE = "raised-alerts";

    private AlertTopology() {
    }

    /** The repartition topic a stage under {@code applicationId} reads, besides the tallies. */
    public static String repartitionTopic(String applicationId) {
        return applicationId + "-" + BY_REGION + "-repartition";
    }

    public static Topology build(StrikelineTopics topics, AlertRules rules) {
        Serde<String> keys = Serdes.String();
        Serde<RegionDayTally> tallies = topics.tallies().valueSerde();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REGION_DAYS_STORE), keys,
                tallies).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RAISED_STORE), keys,
                Serdes.String()).withCachingEnabled());
        builder.stream(topics.tallies().name(), Consumed.with(keys, tallies).withName("read-tallies"))
                .processValues(TallyCheck::new, Named.as("check-tallies"))
                .repartition(Repartitioned.<String, RegionDayTally>as(BY_REGION).withKeySerde(keys)
                        .withValueSerde(tallies).withStreamPartitioner(new ByRegionPartitioner()))
                .process(() -> new AlertProcessor(rules, REGION_DAYS_STORE, RAISED_STORE), Named.as("raise-alerts"),
                        REGION_DAYS_STORE, RAISED_STORE)
                .to(topics.alerts().name(), Produced.with(keys, topics.alerts().valueSerde()).withName("write-alerts"));
        return builder.build();
    }
}
