package io.strikeline.enrich;

import io.strikeline.avro.StrikeEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Source records (reports, articles), keyed by source id, to strike events, keyed by event id. Each version
 * of a source replaces what the previous one emitted: its events are re-emitted under the same ids, and the
 * ids it no longer produces (a region dropped, a date corrected, the source deleted) are tombstoned, so the
 * tallies retract them. The ids each source last emitted are kept in a store.
 *
 * @param <V> the source record
 */
abstract class SourceEventsProcessor<V> implements Processor<String, V, String, StrikeEvent> {

    private final String storeName;
    private ProcessorContext<String, StrikeEvent> context;
    private KeyValueStore<String, List<String>> emitted;

    SourceEventsProcessor(String storeName) {
        this.storeName = storeName;
    }

    /** The store of emitted ids: source id -> event ids, in the order they were emitted. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static StoreBuilder<KeyValueStore<String, List<String>>> store(String name) {
        Serde<List<String>> ids = (Serde) Serdes.ListSerde(ArrayList.class, Serdes.String());
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), ids);
    }

    /**
     * All the events of one version of a source. Throwing emits and stores nothing: the stage's exception
     * handler dead-letters the record, and what the previous version emitted stands.
     */
    abstract List<StrikeEvent> events(String sourceId, V source);

    @Override
    public void init(ProcessorContext<String, StrikeEvent> context) {
        this.context = context;
        this.emitted = context.getStateStore(storeName);
    }

    @Override
    public final void process(Record<String, V> record) {
        String sourceId = record.key();
        List<StrikeEvent> events = record.value() == null ? List.of() : events(sourceId, record.value());
        List<String> previous = emitted.get(sourceId);
        Set<String> current = new LinkedHashSet<>();
        for (StrikeEvent event : events) {
            current.add(event.getEventId());
            context.forward(record.withKey(event.getEventId()).withValue(event));
        }
        if (previous != null) {
            for (String gone : previous) {
                if (!current.contains(gone)) {
                    context.forward(record.withKey(gone).withValue((StrikeEvent) null));
                }
            }
        }
        List<String> ids = new ArrayList<>(current);
        if (ids.isEmpty()) {
            if (previous != null) {
                emitted.delete(sourceId);
            }
        } else if (!ids.equals(previous)) {
            // A re-sent, unchanged source (a snapshot ingest re-sends the whole dataset) costs no write.
            emitted.put(sourceId, ids);
        }
    }
}
