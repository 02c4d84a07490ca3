package io.strikeline.kafka.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Formats a KRaft log directory with Kafka's own {@code kafka-storage format}, once. */
final class StorageFormatter {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFormatter.class);

    private StorageFormatter() {
    }

    static void formatIfNeeded(BrokerSettings settings, Properties serverProperties) {
        try {
            Files.createDirectories(settings.logDir());
            try (OutputStream out = Files.newOutputStream(settings.propertiesFile())) {
                serverProperties.store(out, "Written by strikeline kafka-local; regenerated on every start");
            }
            if (Files.exists(settings.logDir().resolve("meta.properties"))) {
                LOG.debug("Log directory {} is already formatted", settings.logDir());
                return;
            }
            String clusterId = Uuid.randomUuid().toString();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exitCode;
            try (PrintStream printer = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                exitCode = StorageTool.execute(new String[] {
                    "format", "--cluster-id", clusterId, "--config", settings.propertiesFile().toString()
                }, printer);
            }
            String printed = output.toString(StandardCharsets.UTF_8).strip();
            if (exitCode != 0) {
                throw new IllegalStateException("kafka-storage format failed (exit " + exitCode + "): " + printed);
            }
            LOG.info("Formatted {} for cluster {}: {}", settings.logDir(), clusterId, printed);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka data directory " + settings.dataDir(), e);
        }
    }
}
