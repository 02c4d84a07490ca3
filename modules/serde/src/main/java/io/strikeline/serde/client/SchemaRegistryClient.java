package io.strikeline.serde.client;

import org.apache.avro.Schema;

/**
 * The calls a serde makes to a Confluent-compatible schema registry. Implementations throw
 * {@link RegistryResponseException} when the registry refuses and {@link RegistryUnavailableException}
 * when none can be reached.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /** Registers (or finds, if already registered) a schema under a subject; returns its global id. */
    int register(String subject, Schema schema);

    /** The id of a schema already registered under a subject; 40401/40403 when it is not. */
    int idOf(String subject, Schema schema);

    /** The schema with this global id. */
    Schema schemaById(int id);

    /** The subject's newest live version. */
    RegisteredSchema latest(String subject);

    @Override
    default void close() {
    }
}
