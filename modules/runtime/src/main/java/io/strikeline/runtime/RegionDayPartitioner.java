package io.strikeline.runtime;

import io.strikeline.topics.EventIds;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Partitions strike events by the region and day their id names (see {@link EventIds}), with Kafka's own
 * murmur2 hash: every stage that writes strike-events uses it, so that one tally task sees every event of
 * a region-day, revisions and tombstones included.
 */
public final class RegionDayPartitioner implements StreamPartitioner<String, Object> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String eventId, Object value, int numPartitions) {
        return Optional.of(Set.of(partition(eventId, numPartitions)));
    }

    public static int partition(String eventId, int numPartitions) {
        return partitionOfRegionDay(EventIds.regionDayKey(eventId), numPartitions);
    }

    /** The partition of a region-day ({@code REGION|YYYY-MM-DD}): where its events, state and tally live. */
    public static int partitionOfRegionDay(String regionDay, int numPartitions) {
        return Utils.toPositive(Utils.murmur2(regionDay.getBytes(StandardCharsets.UTF_8))) % numPartitions;
    }

    /** For interactive queries of a store keyed by region-day: the same partitions as the events'. */
    public static StreamPartitioner<String, Object> byRegionDayKey() {
        return (topic, regionDay, value, numPartitions) -> Optional.of(Set.of(partitionOfRegionDay(regionDay, numPartitions)));
    }
}
