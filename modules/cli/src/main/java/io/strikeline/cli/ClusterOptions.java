package io.strikeline.cli;

import picocli.CommandLine.Option;

/**
 * Where a command finds Kafka and the schema registry: the options, else the environment Kafka tools use
 * ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code SCHEMA_REGISTRY_URL}), else the local embedded stack that
 * {@code strikeline up} runs on its default ports.
 */
final class ClusterOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka bootstrap servers. Default: $KAFKA_BOOTSTRAP_SERVERS, else ${DEFAULT-VALUE}"
                    + " (strikeline up).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            defaultValue = "${env:SCHEMA_REGISTRY_URL:-http://localhost:8081}",
            description = "Confluent-compatible schema registry. Default: $SCHEMA_REGISTRY_URL, else"
                    + " ${DEFAULT-VALUE} (strikeline up).")
    String schemaRegistryUrl;
}
