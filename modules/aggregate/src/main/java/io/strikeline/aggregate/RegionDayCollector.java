package io.strikeline.aggregate;

import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.topics.EventIds;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the contributions of every region-day (one store entry per {@code REGION|YYYY-MM-DD}) and emits
 * the tallies of the region-days that changed, once per emit interval, so that a burst of events about one
 * day produces one tally update rather than hundreds. The events arrive keyed by event id; the id names
 * its region-day, so a tombstone (no value) still says which region-day to retract from.
 *
 * <p>Exactly-once: the stores' changelogs, the emitted tallies and the input offsets commit together. A commit
 * can fall between an event and the next emit (and a shutdown always does), and the input it came from is
 * then committed: its tally must still come out. So every state records the input offset that last changed
 * it, each emit records the offset it covers (the emit mark, one entry per task), and a task that starts
 * again emits the region-days changed after its mark. That costs no write per event beyond the state's own;
 * a region-day emptied by retractions stays in the store, empty, until its tombstone tally is emitted, and after
 * that as long as it keeps the versions its events had (see {@link Contributions}).
 *
 * <p>The store holds serialized bytes; the states this task touched recently are also kept as objects
 * (every write goes through here, so the two agree), which spares a deserialization per event and per
 * emitted tally. {@link #init} starts both afresh, since a task that is revived after an aborted
 * transaction has its store restored to the last commit.
 */
final class RegionDayCollector implements Processor<String, StrikeEvent, String, RegionDayTally> {

    private static final String MARK = "emitted-through";

    private final String storeName;
    private final String markStoreName;
    private final Duration emitInterval;
    private final Duration historyRetention;
    private static final int LIVE_CAPACITY = 20_000;

    /** The region-days changed since the last emit. */
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
    /** The input offset through which every change has been emitted. */
    private KeyValueStore<String, Long> marks;
    /** The offset of the last event processed, which the next emit covers. */
    private long lastOffset = -1;

    /** How often, in stream time, history older than the retention is forgotten (a scan of the store). */
    private static final Duration FORGET_INTERVAL = Duration.ofDays(1);

    RegionDayCollector(String storeName, String markStoreName, Duration emitInterval, Duration historyRetention) {
        this.storeName = storeName;
        this.markStoreName = markStoreName;
        this.emitInterval = emitInterval;
        this.historyRetention = historyRetention;
    }

    @Override
    public void init(ProcessorContext<String, RegionDayTally> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.marks = context.getStateStore(markStoreName);
        changed.clear();
        live.clear();
        Long mark = marks.get(MARK);
        long emittedThrough = mark == null ? -1 : mark;
        lastOffset = emittedThrough;
        // Changes after the mark were committed without their emit: emit them now.
        try (KeyValueIterator<String, RegionDayContributions> states = store.all()) {
            states.forEachRemaining(entry -> {
                if (entry.value.getChangedAt() > emittedThrough) {
                    changed.add(entry.key);
                }
            });
        }
        context.schedule(emitInterval, PunctuationType.WALL_CLOCK_TIME, this::emitChanged);
        // Stream time, not the wall clock: a replay of the same input forgets the same versions.
        context.schedule(FORGET_INTERVAL, PunctuationType.STREAM_TIME, this::forgetOldHistory);
    }

    @Override
    public void process(Record<String, StrikeEvent> record) {
        String regionDay = EventIds.regionDayKey(record.key());
        StrikeEvent event = record.value();
        RegionDayContributions state = current(regionDay);
        RegionDayContributions updated;
        if (event == null) {
            // the tombstone's timestamp is when the retraction entered the pipeline (Streams carries it through)
            updated = Contributions.remove(state, record.key(), Instant.ofEpochMilli(record.timestamp()));
        } else {
            String named = RegionDayKey.of(event);
            if (!named.equals(regionDay) || !event.getEventId().equals(record.key())) {
                throw new IllegalArgumentException("Event " + event.getEventId() + " of " + named
                        + " arrived under key " + record.key() + "; an event's key is its id, which names its region-day");
            }
            updated = Contributions.put(state, event);
        }
        if (updated == null || updated == state) {
            return; // a tombstone for a region-day never seen, or an event read again unchanged: nothing to do
        }
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(-1L);
        updated.setChangedAt(offset);
        lastOffset = Math.max(lastOffset, offset);
        store.put(regionDay, updated);
        live.put(regionDay, updated);
        changed.add(regionDay);
    }

    private RegionDayContributions current(String regionDay) {
        return live.containsKey(regionDay) ? live.get(regionDay) : store.get(regionDay);
    }

    private void emitChanged(long now) {
        if (changed.isEmpty()) {
            return;
        }
        for (String regionDay : changed) {
            RegionDayContributions state = current(regionDay);
            context.forward(new Record<>(regionDay, Tallies.of(state), now));
            if (state != null && state.getContributions().isEmpty() && state.getSuperseded().isEmpty()) {
                store.delete(regionDay); // nothing left to count, nor to tell what was known before
                live.remove(regionDay);
            }
        }
        changed.clear();
        marks.put(MARK, lastOffset);
    }

    /**
     * Forgets the versions superseded more than the history retention before {@code streamTime}, and deletes the
     * region-days left with nothing (their tombstone tallies are out, unless still waiting for the next emit). The
     * tallies do not change, so nothing is emitted and the states keep their change offsets.
     */
    private void forgetOldHistory(long streamTime) {
        Instant horizon = Instant.ofEpochMilli(streamTime).minus(historyRetention);
        Map<String, RegionDayContributions> updates = new LinkedHashMap<>();
        try (KeyValueIterator<String, RegionDayContributions> states = store.all()) {
            states.forEachRemaining(entry -> {
                RegionDayContributions kept = Contributions.forgetBefore(entry.value, horizon);
                if (kept != entry.value && !(kept == null && changed.contains(entry.key))) {
                    updates.put(entry.key, kept);
                }
            });
        }
        updates.forEach((regionDay, kept) -> {
            if (kept == null) {
                store.delete(regionDay);
                live.remove(regionDay);
            } else {
                store.put(regionDay, kept);
                live.put(regionDay, kept);
            }
        });
    }
}
