package io.strikeline.notify;

/**
 * Counts of settled alert records: each record read from the alerts topic is counted once, when it is settled
 * (delivered to every sink, dead-lettered, or skipped as a tombstone), so {@code consumed = delivered +
 * deadLettered + skipped} at every moment. A record read again after a restart or a rebalance counts again.
 */
public final class DeliveryStats {

    private long delivered;
    private long deadLettered;
    private long skipped;

    /** A consistent view of the counts. */
    public record Snapshot(long consumed, long delivered, long deadLettered, long skipped) {
    }

    synchronized void delivered() {
        delivered++;
    }

    synchronized void deadLettered() {
        deadLettered++;
    }

    synchronized void skipped() {
        skipped++;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(delivered + deadLettered + skipped, delivered, deadLettered, skipped);
    }
}
