package io.strikeline.aggregate;

import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.topics.EventIds;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the contributions of every region-day (one store entry per {@code REGION|YYYY-MM-DD}) and emits
 * the tallies of the region-days that changed, once per emit interval, so that a burst of events about one
 * day produces one tally update rather than hundreds. The events arrive keyed by event id; the id names
 * its region-day, so a tombstone (no value) still says which region-day to retract from.
 *
 * <p>Exactly-once: the stores' changelogs, the emitted tallies and the input offsets commit together. A commit
 * can fall between an event and the next emit (and a shutdown always does), so the region-days waiting to be
 * emitted are kept in a store of their own: the input they came from is committed, and a task that starts
 * again emits them from that store rather than losing them.
 *
 * <p>The store holds serialized bytes; the states this task touched recently are also kept as objects
 * (every write goes through here, so the two agree), which spares a deserialization per event and per
 * emitted tally. {@link #init} starts both afresh, since a task that is revived after an aborted
 * transaction has its store restored to the last commit.
 */
final class RegionDayCollector implements Processor<String, StrikeEvent, String, RegionDayTally> {

    private final String storeName;
    private final String pendingStoreName;
    private final Duration emitInterval;
    private static final int LIVE_CAPACITY = 20_000;

    /** Mirrors the pending store, so that emitting does not scan it. */
    private final Set<String> changed = new LinkedHashSet<>();
    /** Least recently used first; the eldest goes when the map is full. */
    private final Map<String, RegionDayContributions> live = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RegionDayContributions> eldest) {
            return size() > LIVE_CAPACITY;
        }
    };
    private ProcessorContext<String, RegionDayTally> context;
    private KeyValueStore<String, RegionDayContributions> store;
    /** Region-day -> timestamp of the first event that changed it since its tally was last emitted. */
    private KeyValueStore<String, Long> pending;

    RegionDayCollector(String storeName, String pendingStoreName, Duration emitInterval) {
        this.storeName = storeName;
        this.pendingStoreName = pendingStoreName;
        this.emitInterval = emitInterval;
    }

    @Override
    public void init(ProcessorContext<String, RegionDayTally> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.pending = context.getStateStore(pendingStoreName);
        changed.clear();
        live.clear();
        try (KeyValueIterator<String, Long> waiting = pending.all()) {
            waiting.forEachRemaining(entry -> changed.add(entry.key));
        }
        context.schedule(emitInterval, PunctuationType.WALL_CLOCK_TIME, this::emitChanged);
    }

    @Override
    public void process(Record<String, StrikeEvent> record) {
        String regionDay = EventIds.regionDayKey(record.key());
        StrikeEvent event = record.value();
        RegionDayContributions state = current(regionDay);
        RegionDayContributions updated;
        if (event == null) {
            updated = Contributions.remove(state, record.key());
        } else {
            String named = RegionDayKey.of(event);
            if (!named.equals(regionDay) || !event.getEventId().equals(record.key())) {
                throw new IllegalArgumentException("Event " + event.getEventId() + " of " + named
                        + " arrived under key " + record.key() + "; an event's key is its id, which names its region-day");
            }
            updated = Contributions.put(state, event);
        }
        if (updated == null) {
            store.delete(regionDay);
        } else {
            store.put(regionDay, updated);
        }
        live.put(regionDay, updated);
        if (changed.add(regionDay)) {
            pending.put(regionDay, record.timestamp());
        }
    }

    private RegionDayContributions current(String regionDay) {
        return live.containsKey(regionDay) ? live.get(regionDay) : store.get(regionDay);
    }

    private void emitChanged(long now) {
        for (String regionDay : changed) {
            context.forward(new Record<>(regionDay, Tallies.of(current(regionDay)), now));
            pending.delete(regionDay);
        }
        changed.clear();
    }
}
