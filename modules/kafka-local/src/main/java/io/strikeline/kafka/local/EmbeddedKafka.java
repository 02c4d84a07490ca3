package io.strikeline.kafka.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, single-node Apache Kafka cluster (KRaft broker and controller in one process) started from
 * Kafka's own server classes, the way {@code kafka.Kafka} starts one: format the log directory, then
 * run a {@link KafkaRaftServer}. Nothing here imitates Kafka; clients talk to it over loopback TCP.
 *
 * <p>The data directory is either temporary (deleted on {@link #close()}) or kept, in which case a
 * restart on the same directory finds its topics, offsets and cluster id again.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final BrokerSettings settings;
    private final KafkaRaftServer server;
    private final Duration startupTime;
    private volatile boolean closed;

    private EmbeddedKafka(BrokerSettings settings, KafkaRaftServer server, Duration startupTime) {
        this.settings = settings;
        this.server = server;
        this.startupTime = startupTime;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return settings.host() + ":" + settings.port();
    }

    public int port() {
        return settings.port();
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    public boolean isDataDirTemporary() {
        return settings.temporary();
    }

    /** Time from the start call until an admin client saw the broker as part of the cluster. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops the broker and controller, waits for them, and deletes a temporary data directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("Stopping embedded Kafka at {}", bootstrapServers());
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            if (settings.temporary()) {
                DataDirectories.deleteRecursively(settings.dataDir());
            }
        }
    }

    /** Configures and starts an {@link EmbeddedKafka}. */
    public static final class Builder {
        private Path dataDir;
        private String host = "localhost";
        private int port;
        private int controllerPort;
        private Duration readyTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        /** Keep data in this directory (created if missing) instead of a temporary one. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        /** Host name clients use; must resolve to a local interface. Default {@code localhost}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Client port; 0 (the default) reuses the port a kept data directory had, else a free one. */
        public Builder port(int port) {
            this.port = requirePort(port);
            return this;
        }

        /** Controller (KRaft quorum) port; 0 (the default) chooses like {@link #port(int)}. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = requirePort(controllerPort);
            return this;
        }

        /** How long {@link #start()} waits for the broker to serve clients. Default 60 s. */
        public Builder readyTimeout(Duration readyTimeout) {
            this.readyTimeout = Objects.requireNonNull(readyTimeout, "readyTimeout");
            return this;
        }

        /** Formats the data directory when new, starts the server and waits until clients can use it. */
        public EmbeddedKafka start() {
            long begin = System.nanoTime();
            BrokerSettings settings = prepareSettings();
            Properties props = settings.serverProperties();
            try {
                StorageFormatter.formatIfNeeded(settings, props);
                KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
                try {
                    server.startup();
                    ReadinessProbe.awaitBrokerVisible(settings.host() + ":" + settings.port(), readyTimeout);
                } catch (RuntimeException e) {
                    server.shutdown();
                    server.awaitShutdown();
                    throw e;
                }
                Duration took = Duration.ofNanos(System.nanoTime() - begin);
                LOG.info("Embedded Kafka ready at {}:{} in {} ms (data dir {})",
                        settings.host(), settings.port(), took.toMillis(), settings.dataDir());
                return new EmbeddedKafka(settings, server, took);
            } catch (RuntimeException e) {
                if (settings.temporary()) {
                    DataDirectories.deleteRecursively(settings.dataDir());
                }
                throw e;
            }
        }

        private BrokerSettings prepareSettings() {
            boolean temporary = dataDir == null;
            Path dir;
            try {
                dir = temporary ? Files.createTempDirectory("strikeline-kafka-") : Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the Kafka data directory", e);
            }
            PortAssignment ports = PortAssignment.resolve(dir, host, port, controllerPort);
            return new BrokerSettings(dir, temporary, host, ports.clientPort(), ports.controllerPort());
        }

        private static int requirePort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be in 0..65535, was " + port);
            }
            return port;
        }
    }
}
