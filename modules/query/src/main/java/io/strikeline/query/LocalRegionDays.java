package io.strikeline.query;

import io.strikeline.aggregate.AggregateTopology;
import io.strikeline.aggregate.Contributions;
import io.strikeline.aggregate.RegionDayKey;
import io.strikeline.aggregate.Tallies;
import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.geo.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The region-days of given partitions, read from this instance's active aggregate tasks through Kafka Streams'
 * interactive queries: the state the tallies are computed from. A partition this instance does not hold (it moved)
 * is an {@code InvalidStateStoreException}, a 503. Keys are {@code REGION|YYYY-MM-DD}, so the days of one region
 * are one key range.
 */
final class LocalRegionDays {

    private final KafkaStreams streams;

    LocalRegionDays(KafkaStreams streams) {
        this.streams = streams;
    }

    /** The tallies asked for that these partitions hold. */
    List<Views.TallyView> tallies(TallyQuery query, Collection<Integer> partitions) {
        List<Views.TallyView> found = new ArrayList<>();
        for (int partition : partitions) {
            ReadOnlyKeyValueStore<String, RegionDayContributions> store = store(partition);
            for (Region region : query.regions()) {
                try (KeyValueIterator<String, RegionDayContributions> days = store.range(
                        RegionDayKey.of(region.iso(), query.from()), RegionDayKey.of(region.iso(), query.to()))) {
                    days.forEachRemaining(day -> {
                        // (not Optional.map: a region-day nothing was known of yet has a null tally as of then)
                        RegionDayTally tally = query.asOf().isPresent() ? Tallies.asOf(day.value, query.asOf().get())
                                : Tallies.of(day.value);
                        if (tally != null) {
                            found.add(Views.TallyView.of(tally));
                        }
                    });
                }
            }
        }
        return found;
    }

    /** The merged attacks of one region-day, held in {@code partition}, now or as known at {@code asOf}. */
    Views.RegionDayEventsView events(Region region, LocalDate date, Optional<Instant> asOf, int partition) {
        RegionDayContributions state = store(partition).get(RegionDayKey.of(region.iso(), date));
        if (asOf.isPresent()) {
            state = Contributions.knownAt(state, asOf.get());
        }
        return Views.RegionDayEventsView.of(region, date, state, asOf.orElse(null));
    }

    private ReadOnlyKeyValueStore<String, RegionDayContributions> store(int partition) {
        return Instances.metadata(() -> streams.store(StoreQueryParameters.fromNameAndType(
                AggregateTopology.REGION_DAY_STORE, QueryableStoreTypes.<String, RegionDayContributions>keyValueStore())
                .withPartition(partition)));
    }
}
