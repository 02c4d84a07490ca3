package io.strikeline.kafka.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortAssignmentTest {

    @TempDir
    Path dir;

    @Test
    void shouldChooseTwoDifferentFreePortsWhenNoneRequested() {
        PortAssignment ports = PortAssignment.resolve(dir, "localhost", 0, 0);

        assertThat(ports.clientPort()).isPositive().isNotEqualTo(ports.controllerPort());
        assertThat(ports.controllerPort()).isPositive();
    }

    @Test
    void shouldReuseRememberedPortsOnRestartWhenTheyAreFree() {
        PortAssignment first = PortAssignment.resolve(dir, "localhost", 0, 0);

        PortAssignment second = PortAssignment.resolve(dir, "localhost", 0, 0);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldMoveToAnotherPortWhenTheRememberedOneIsTaken() throws IOException {
        PortAssignment first = PortAssignment.resolve(dir, "localhost", 0, 0);
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getByName("localhost"), first.clientPort()));

            PortAssignment second = PortAssignment.resolve(dir, "localhost", 0, 0);

            assertThat(second.clientPort()).isNotEqualTo(first.clientPort());
            assertThat(second.controllerPort()).isEqualTo(first.controllerPort());
        }
    }

    @Test
    void shouldUseExplicitPortsEvenWhenOthersAreRemembered() {
        PortAssignment.resolve(dir, "localhost", 0, 0);
        int client = Ports.freePort("localhost");

        PortAssignment explicit = PortAssignment.resolve(dir, "localhost", client, 0);

        assertThat(explicit.clientPort()).isEqualTo(client);
    }
}
