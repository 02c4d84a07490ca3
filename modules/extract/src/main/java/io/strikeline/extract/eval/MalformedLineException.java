package io.strikeline.extract.eval;

/** A line of an events file that cannot be read, named by its file and 1-based line number. */
public final class MalformedLineException extends RuntimeException {

    private final long line;

    public MalformedLineException(String source, long line, String reason) {
        super(source + " line " + line + ": " + reason);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
