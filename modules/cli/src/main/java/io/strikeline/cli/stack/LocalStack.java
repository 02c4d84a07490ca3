package io.strikeline.cli.stack;

import io.strikeline.cli.UserError;
import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.kafka.local.Ports;
import io.strikeline.registry.RegistryConfig;
import io.strikeline.registry.SchemaRegistryServer;
import io.strikeline.registry.core.CompatibilityLevel;
import io.strikeline.registry.storage.StorageConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * strikeline's embedded default: a real Kafka broker and the schema registry in this process. Later
 * stages of the pipeline join it here. Closing stops them in reverse order.
 */
public final class LocalStack implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final SchemaRegistryServer registry;

    private LocalStack(EmbeddedKafka kafka, SchemaRegistryServer registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    /**
     * @param dataDir      where the broker keeps its data; empty for a temporary directory
     * @param host         host name both servers listen on and advertise
     * @param kafkaPort    0 for a free port (or the port a kept data directory used last)
     * @param registryPort 0 for a free port
     */
    public record Options(Optional<Path> dataDir, String host, int kafkaPort, int registryPort) {
    }

    public static LocalStack start(Options options) {
        requireFree(options.host(), options.kafkaPort(), "--kafka-port");
        requireFree(options.host(), options.registryPort(), "--registry-port");
        EmbeddedKafka.Builder builder = EmbeddedKafka.builder().host(options.host()).port(options.kafkaPort());
        options.dataDir().ifPresent(dir -> builder.dataDir(dir.resolve("kafka")));
        EmbeddedKafka kafka = builder.start();
        try {
            SchemaRegistryServer registry = SchemaRegistryServer.start(new RegistryConfig(options.host(),
                    options.registryPort(),
                    new StorageConfig(kafka.bootstrapServers(), StorageConfig.DEFAULT_TOPIC, Optional.empty(),
                            Duration.ofSeconds(30), Map.of()),
                    CompatibilityLevel.BACKWARD, RegistryConfig.DEFAULT_MAX_REQUEST_BYTES));
            return new LocalStack(kafka, registry);
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    private static void requireFree(String host, int port, String option) {
        if (port != 0 && !Ports.isFree(host, port)) {
            throw new UserError("Port " + port + " on " + host + " is already in use (another Kafka, registry or"
                    + " 'strikeline up'?). Choose another with " + option + ", or 0 for any free port.");
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return registry.url();
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    /** The one line other tools (and people) read to find the stack. */
    public String statusLine() {
        return "bootstrap=" + bootstrapServers() + " registry=" + registryUrl();
    }

    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            kafka.close();
        }
    }
}
