package io.strikeline.pipeline.replay;

import java.time.Duration;
import java.util.List;

/**
 * What a replay did.
 *
 * @param copies         each live topic's slice copied into its suffixed copy
 * @param applicationIds the stages that ran, by application id (and consumer group)
 * @param events         strike events in the replay's strike-events topic, tombstoned ones left out
 * @param tallies        region-day tallies in the replay's tallies topic, tombstoned ones left out
 * @param settled        how long the stages took to catch up with the copies
 */
public record ReplaySummary(ReplayRequest request, List<Copy> copies, List<String> applicationIds,
        String eventsTopic, long events, String talliesTopic, long tallies, Duration settled) {

    public ReplaySummary {
        copies = List.copyOf(copies);
        applicationIds = List.copyOf(applicationIds);
    }

    /**
     * One topic's slice: {@code read} records up to the end the replay took, {@code copied} of them copied, and
     * {@code unreadable} passed over (no key, or a value that cannot be deserialized: the live stage dead-letters
     * those); the rest skipped (other days, earlier versions, retracted).
     */
    public record Copy(String from, String to, long read, long copied, long unreadable) {
        public long skipped() {
            return read - copied - unreadable;
        }
    }
}
