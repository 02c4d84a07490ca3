package io.strikeline.registry.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Test double for unit tests of the registry's pure rules: applies each plan's records straight to a
 * {@link RegistryState}, as the Kafka log's reader would after the write. The Kafka-backed store itself
 * is covered by the {@code *IT} tests against a real broker.
 */
final class InMemorySchemaStore implements SchemaStore {

    private final RegistryState state = new RegistryState(CompatibilityLevel.BACKWARD);
    private final List<LogRecord> appended = new ArrayList<>();

    @Override
    public <T> T read(Function<RegistryState, T> query) {
        return query.apply(state);
    }

    @Override
    public <T> T readLatest(Function<RegistryState, T> query) {
        return query.apply(state);
    }

    @Override
    public <T> T write(Function<RegistryState, WritePlan<T>> planner) {
        WritePlan<T> plan = planner.apply(state);
        plan.records().forEach(state::apply);
        appended.addAll(plan.records());
        return plan.result();
    }

    List<LogRecord> appended() {
        return appended;
    }
}
