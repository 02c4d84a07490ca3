package io.strikeline.pipeline.replay;

import java.util.List;

/** A replay refused: the cluster already holds topics or consumer groups that carry its suffix. */
public final class SuffixInUseException extends RuntimeException {

    private final List<String> found;

    SuffixInUseException(String suffix, List<String> found) {
        super("The suffix '" + suffix + "' is in use (" + String.join(", ", found) + "). A replay does not resume"
                + " or add to another: choose another suffix, or delete these topics and groups first.");
        this.found = List.copyOf(found);
    }

    /** What carries the suffix: {@code topic NAME} and {@code consumer group ID} entries. */
    public List<String> found() {
        return found;
    }
}
