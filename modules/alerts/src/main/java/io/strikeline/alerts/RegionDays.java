package io.strikeline.alerts;

import io.strikeline.alerts.rules.RegionHistory;
import io.strikeline.avro.RegionDayTally;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The current tally of every day of the regions this task holds, keyed {@code REGION|YYYY-MM-DD}. The store's keys
 * sort by region, then date (ISO dates sort as they read), so a region's earlier days are one range scan.
 */
final class RegionDays {

    private final KeyValueStore<String, RegionDayTally> store;

    RegionDays(KeyValueStore<String, RegionDayTally> store) {
        this.store = store;
    }

    void put(RegionDay day, RegionDayTally tally) {
        store.put(day.key(), tally);
    }

    void remove(RegionDay day) {
        store.delete(day.key());
    }

    /** The region's days before {@code day.date()}: those within {@code lookBackDays}, and the last one known. */
    RegionHistory before(RegionDay day, int lookBackDays) {
        String lastBefore = RegionDay.key(day.regionIso(), day.date().minusDays(1));
        TreeMap<LocalDate, RegionDayTally> recent = new TreeMap<>();
        if (lookBackDays > 0) {
            try (KeyValueIterator<String, RegionDayTally> days = store.range(
                    RegionDay.key(day.regionIso(), day.date().minusDays(lookBackDays)), lastBefore)) {
                days.forEachRemaining(entry -> recent.put(entry.value.getDate(), entry.value));
            }
        }
        Optional<LocalDate> previous;
        try (KeyValueIterator<String, RegionDayTally> earlier = store.reverseRange(RegionDay.startOf(day.regionIso()),
                lastBefore)) {
            previous = earlier.hasNext() ? Optional.of(earlier.next()).map(entry -> entry.value.getDate())
                    : Optional.empty();
        }
        return new RegionHistory(recent, previous);
    }
}
