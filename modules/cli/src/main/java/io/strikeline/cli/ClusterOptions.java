package io.strikeline.cli;

import picocli.CommandLine.Option;

/**
 * Where a command finds Kafka and the schema registry: the options, else the environment (the
 * {@code STRIKELINE_} names, or {@code KAFKA_BOOTSTRAP_SERVERS} and {@code SCHEMA_REGISTRY_URL} as Kafka tools
 * use them), else the configuration file (see {@link LayeredDefaults}), else the local embedded stack that
 * {@code strikeline up} runs on its default ports.
 */
final class ClusterOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            defaultValue = "localhost:9092",
            description = "Kafka bootstrap servers. Default: $KAFKA_BOOTSTRAP_SERVERS, else ${DEFAULT-VALUE}"
                    + " (strikeline up).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            defaultValue = "http://localhost:8081",
            description = "Confluent-compatible schema registry. Default: $SCHEMA_REGISTRY_URL, else"
                    + " ${DEFAULT-VALUE} (strikeline up).")
    String schemaRegistryUrl;
}
