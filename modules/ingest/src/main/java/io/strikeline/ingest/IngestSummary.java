package io.strikeline.ingest;

import java.util.List;

/**
 * What an ingest run did. Every record read is either produced or rejected (to the dead-letter topic):
 * {@code read == produced + rejected}. Tombstones (from a snapshot ingest) are counted apart.
 *
 * @param note what the user should know beyond the counts (empty if nothing), such as a snapshot that was
 *             not reconciled
 */
public record IngestSummary(long read, long produced, long rejected, long tombstoned, List<Rejection> rejections,
        String note) {

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

    public IngestSummary(long read, long produced, List<Rejection> rejections) {
        this(read, produced, rejections.size(), 0, rejections, "");
    }

    public IngestSummary withTombstoned(long count) {
        return new IngestSummary(read, produced, rejected, count, rejections, note);
    }

    public IngestSummary withNote(String text) {
        return new IngestSummary(read, produced, rejected, tombstoned, rejections, text);
    }

    /** The one-line summary: {@code read N, produced M, rejected K[, tombstoned T][; note]}. */
    public String line() {
        return "read " + read + ", produced " + produced + ", rejected " + rejected
                + (tombstoned > 0 ? ", tombstoned " + tombstoned : "") + (note.isEmpty() ? "" : "; " + note);
    }
}
