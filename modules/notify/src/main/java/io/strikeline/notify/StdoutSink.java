package io.strikeline.notify;

import io.strikeline.avro.Alert;
import java.io.PrintStream;
import java.util.Objects;

/** Prints each alert as one line ({@link AlertFormatter}); stdout carries only alerts, logs go to stderr. */
public final class StdoutSink implements AlertSink {

    public static final String NAME = "stdout";

    private final PrintStream out;
    private final AlertFormatter formatter;

    public StdoutSink(PrintStream out, AlertFormatter formatter) {
        this.out = Objects.requireNonNull(out, "out");
        this.formatter = Objects.requireNonNull(formatter, "formatter");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SinkOutcome deliver(Alert alert) {
        out.println(formatter.format(alert));
        out.flush();
        // PrintStream swallows I/O errors; a closed pipe would otherwise count as delivered.
        return out.checkError() ? SinkOutcome.failed(1, "cannot write to stdout") : SinkOutcome.delivered(1);
    }
}
