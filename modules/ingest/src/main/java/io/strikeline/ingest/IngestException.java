package io.strikeline.ingest;

/** An input that cannot be ingested at all (unreadable, no header, required columns missing). */
public final class IngestException extends RuntimeException {

    public IngestException(String message) {
        super(message);
    }
}
