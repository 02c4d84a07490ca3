package io.strikeline.ingest;

import java.io.PrintStream;
import java.util.function.LongConsumer;

/**
 * A one-line progress bar on a terminal ({@code [=========>      ] 61%  2,180 kB of 3,560 kB}), redrawn
 * at most five times a second. Used only when stderr is a terminal and the input is large; otherwise
 * {@link #NONE}.
 */
public final class ProgressBar implements LongConsumer {

    public static final LongConsumer NONE = position -> { };
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final long total;
    private long lastDraw;

    public ProgressBar(PrintStream out, long total) {
        this.out = out;
        this.total = Math.max(1, total);
    }

    @Override
    public void accept(long position) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && position < total) {
            return;
        }
        lastDraw = now;
        int percent = (int) Math.min(100, position * 100 / total);
        int filled = percent * WIDTH / 100;
        String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
        out.printf("\r[%s] %3d%%  %,d kB of %,d kB", bar, percent, position / 1024, total / 1024);
        out.flush();
    }

    /** Ends the bar's line. */
    public void finish() {
        accept(total);
        out.println();
    }
}
