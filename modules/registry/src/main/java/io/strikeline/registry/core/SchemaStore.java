package io.strikeline.registry.core;

import java.util.function.Function;

/** Where the registry's state lives: reads against the materialised state, writes through the log. */
public interface SchemaStore {

    /** Runs a query against the state as this instance currently knows it. */
    <T> T read(Function<RegistryState, T> query);

    /** Runs a query after catching up with everything written to the log so far (by any instance). */
    <T> T readLatest(Function<RegistryState, T> query);

    /**
     * Plans against the latest state, appends the plan's records atomically and returns once this
     * instance has read them back. Plans may be re-run if another instance wrote in between.
     */
    <T> T write(Function<RegistryState, WritePlan<T>> planner);
}
