package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.cli.stack.LocalStack;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalStackTest {

    @Test
    void shouldRefuseABusyPortNamingTheOptionThatMovesIt() throws IOException {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getByName("localhost"), 0));
            int port = busy.getLocalPort();

            assertThatThrownBy(() -> LocalStack.start(new LocalStack.Options(Optional.empty(), "localhost", port, 0)))
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("Port " + port).hasMessageContaining("--kafka-port");
            assertThatThrownBy(() -> LocalStack.start(new LocalStack.Options(Optional.empty(), "localhost", 0, port)))
                    .isInstanceOf(UserError.class).hasMessageContaining("--registry-port");
        }
    }
}
