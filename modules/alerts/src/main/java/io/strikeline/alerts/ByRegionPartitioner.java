package io.strikeline.alerts;

import io.strikeline.avro.RegionDayTally;
import io.strikeline.runtime.RegionDayPartitioner;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends every day of a region to one partition (murmur2 of the region), keeping the key {@code REGION|YYYY-MM-DD}:
 * the task that judges a region's day holds the region's earlier days, and a tombstone still says which day it
 * retracts.
 */
final class ByRegionPartitioner implements StreamPartitioner<String, RegionDayTally> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String regionDay, RegionDayTally value, int numPartitions) {
        return Optional.of(Set.of(RegionDayPartitioner.partitionOfRegionDay(RegionDay.regionOf(regionDay),
                numPartitions)));
    }
}
