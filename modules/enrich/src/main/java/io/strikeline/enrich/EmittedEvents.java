package io.strikeline.enrich;

import io.strikeline.avro.StrikeEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * What each source record (a report, an article) last emitted on strike-events: the ids of its events, kept
 * per source id in a store. A new version of the record re-emits its events under the same ids and
 * tombstones the ids it no longer produces (a region dropped, a date corrected, the record deleted), so the
 * tallies retract them.
 */
final class EmittedEvents {

    private final ProcessorContext<String, StrikeEvent> context;
    private final KeyValueStore<String, List<String>> store;

    EmittedEvents(ProcessorContext<String, StrikeEvent> context, String storeName) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    /** The store of emitted ids: source id -> event ids, in the order they were emitted. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static StoreBuilder<KeyValueStore<String, List<String>>> store(String name) {
        Serde<List<String>> ids = (Serde) Serdes.ListSerde(ArrayList.class, Serdes.String());
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), ids);
    }

    /**
     * Forwards {@code events}, the whole output of the source's current version (none for a deletion), and a
     * tombstone for every event its previous version emitted that this one does not.
     *
     * @param source the source record, keyed by source id: its timestamp and headers go with the events
     */
    void replace(Record<String, ?> source, List<StrikeEvent> events) {
        String sourceId = source.key();
        List<String> previous = store.get(sourceId);
        Set<String> current = new LinkedHashSet<>();
        for (StrikeEvent event : events) {
            current.add(event.getEventId());
            context.forward(source.withKey(event.getEventId()).withValue(event));
        }
        if (previous != null) {
            for (String gone : previous) {
                if (!current.contains(gone)) {
                    context.forward(source.withKey(gone).withValue((StrikeEvent) null));
                }
            }
        }
        List<String> ids = new ArrayList<>(current);
        if (ids.isEmpty()) {
            if (previous != null) {
                store.delete(sourceId);
            }
        } else if (!ids.equals(previous)) {
            // A re-sent, unchanged source (a snapshot ingest re-sends the whole dataset) costs no write.
            store.put(sourceId, ids);
        }
    }
}
