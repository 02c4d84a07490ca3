package io.strikeline.ingest;

/**
 * A record as read from a file: either its fields ({@code malformed == null}) or, when the text itself
 * could not be split into fields, why not. Both keep the raw bytes and the line.
 */
public record Candidate(RawRecord record, String malformed) {

    public static Candidate ok(RawRecord record) {
        return new Candidate(record, null);
    }

    public static Candidate malformed(RawRecord record, String reason) {
        return new Candidate(record, reason);
    }

    public boolean isMalformed() {
        return malformed != null;
    }
}
