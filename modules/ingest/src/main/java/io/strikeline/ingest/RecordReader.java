package io.strikeline.ingest;

import java.io.Closeable;
import java.io.IOException;

/** Reads the records of one input, in order. */
public interface RecordReader extends Closeable {

    /** The next record, or null at the end of the input. */
    Candidate next() throws IOException;

    /** Characters consumed so far, for progress reporting. */
    long position();
}
