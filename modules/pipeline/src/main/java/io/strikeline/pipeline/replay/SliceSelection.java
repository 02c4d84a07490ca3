package io.strikeline.pipeline.replay;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Which records of a topic make a replay's slice of it. A data topic is compacted: it holds the latest
 * version of every key, and the stages count only that version. So the slice is, of every key in every
 * partition, its latest record up to the end the replay reads to, when that record is a value whose day lies
 * in the range; nothing else. Hence:
 * <ul>
 *   <li>a correction counts by the day it gives: a report whose date was corrected out of the range is left
 *       out, one corrected into it is taken, just as the live tallies count them;</li>
 *   <li>the earlier versions of a key are not copied: the stages would emit their events only to retract
 *       them at the next version, on days that may lie outside the range; and how many of them the topic
 *       still holds depends on when the log cleaner last ran, which must not change a replay;</li>
 *   <li>a key whose latest record is a tombstone (a retracted report, article or event) is left out with
 *       every version: nothing of it counts live, and a tombstone alone would retract nothing;</li>
 *   <li>a value that cannot be read is passed over as if it were absent: the live stage dead-letters it and
 *       keeps counting the version before, which is then the one a replay takes.</li>
 * </ul>
 * The slice is what compaction leaves of the range, whatever the cleaner has done so far, and the events and
 * tallies rebuilt from it are those of the live application for the sources in it.
 */
final class SliceSelection {

    private final DayRange days;
    /** By partition, the offset of each key's latest record, for keys whose latest record is in the slice. */
    private final Map<Integer, Map<ByteBuffer, Long>> latestInRange = new HashMap<>();

    SliceSelection(DayRange days) {
        this.days = days;
    }

    /** A value, dated {@code day}; records must come in offset order within each partition. */
    void value(int partition, long offset, byte[] key, LocalDate day) {
        if (days.contains(day)) {
            keys(partition).put(ByteBuffer.wrap(key), offset);
        } else {
            keys(partition).remove(ByteBuffer.wrap(key));
        }
    }

    /** A tombstone, after every earlier record of its partition. */
    void tombstone(int partition, byte[] key) {
        keys(partition).remove(ByteBuffer.wrap(key));
    }

    /** Whether the record at {@code offset} is in the slice, once every record has been offered. */
    boolean selects(int partition, long offset, byte[] key) {
        Long latest = keys(partition).get(ByteBuffer.wrap(key));
        return latest != null && latest == offset;
    }

    /** How many records the slice holds. */
    long size() {
        return latestInRange.values().stream().mapToLong(Map::size).sum();
    }

    private Map<ByteBuffer, Long> keys(int partition) {
        return latestInRange.computeIfAbsent(partition, p -> new HashMap<>());
    }
}
