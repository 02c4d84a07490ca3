package io.strikeline.kafka.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Chooses the client and controller ports. A kept data directory remembers the ports it last used,
 * so that clients configured with the old bootstrap address still find the broker after a restart.
 */
record PortAssignment(int clientPort, int controllerPort) {

    static final String FILE_NAME = "kafka-local.properties";

    static PortAssignment resolve(Path dataDir, String host, int requestedPort, int requestedControllerPort) {
        Path file = dataDir.resolve(FILE_NAME);
        Properties remembered = load(file);
        int client = choose(requestedPort, remembered.getProperty("port"), host, -1);
        int controller = choose(requestedControllerPort, remembered.getProperty("controller.port"), host, client);
        Properties chosen = new Properties();
        chosen.setProperty("port", String.valueOf(client));
        chosen.setProperty("controller.port", String.valueOf(controller));
        try (OutputStream out = Files.newOutputStream(file)) {
            chosen.store(out, "Ports of the embedded broker, reused on restart when free");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return new PortAssignment(client, controller);
    }

    private static int choose(int requested, String remembered, String host, int taken) {
        if (requested != 0) {
            return requested;
        }
        if (remembered != null) {
            int port = Integer.parseInt(remembered.strip());
            if (port != taken && Ports.isFree(host, port)) {
                return port;
            }
        }
        int port;
        do {
            port = Ports.freePort(host);
        } while (port == taken);
        return port;
    }

    private static Properties load(Path file) {
        Properties props = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return props;
    }
}
