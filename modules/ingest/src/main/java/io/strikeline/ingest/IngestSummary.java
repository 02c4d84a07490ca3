package io.strikeline.ingest;

import java.util.List;

/**
 * What an ingest run did. Every record read is either produced or rejected (to the dead-letter topic):
 * {@code read == produced + rejected}. Tombstones (from a snapshot ingest) are counted apart.
 */
public record IngestSummary(long read, long produced, long rejected, long tombstoned, List<Rejection> rejections) {

    /** One refused record, for the report printed at the end of a run. */
    public record Rejection(String source, long line, String reason) {
    }

    public IngestSummary {
        rejections = List.copyOf(rejections);
        if (read != produced + rejected) {
            throw new IllegalStateException("Counts do not add up: read " + read + ", produced " + produced
                    + ", rejected " + rejected);
        }
    }

    /** The one-line summary: {@code read N, produced M, rejected K}. */
    public String line() {
        return "read " + read + ", produced " + produced + ", rejected " + rejected
                + (tombstoned > 0 ? ", tombstoned " + tombstoned : "");
    }
}
