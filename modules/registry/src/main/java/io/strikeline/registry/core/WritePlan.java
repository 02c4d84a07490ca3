package io.strikeline.registry.core;

import java.util.List;

/**
 * What an operation wants to append to the log, decided against one consistent view of the state, and
 * the answer to give once the records are durable. An empty plan writes nothing.
 */
public record WritePlan<T>(List<LogRecord> records, T result) {

    public static <T> WritePlan<T> nothingToWrite(T result) {
        return new WritePlan<>(List.of(), result);
    }

    public static <T> WritePlan<T> write(List<LogRecord> records, T result) {
        return new WritePlan<>(List.copyOf(records), result);
    }
}
