package io.strikeline.serde.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.strikeline.serde.AvroSerdeConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The REST client against real local HTTP servers that answer as a registry would (or misbehave):
 * request shapes, authentication, failover, retries and bounded timeouts.
 */
@Timeout(30)
class RestSchemaRegistryClientTest {

    private static final Schema STRING = Schema.create(Schema.Type.STRING);
    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    /** The address of the server that took each request, in order. */
    private final List<String> answeredBy = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(0));
    }

    /** A server that records each request and answers with a fixed status and body. */
    private String server(int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            answeredBy.add("http://localhost:" + server.getAddress().getPort());
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " auth="
                    + exchange.getRequestHeaders().getFirst("Authorization") + " type="
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " body="
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            reply(exchange, status, body);
        });
        server.start();
        servers.add(server);
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static RegistryClientSettings fast(String... urls) {
        return RegistryClientSettings.of(urls).withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500))
                .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void shouldPostTheSchemaAsConfluentClientsDoAndReadTheId() throws IOException {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(fast(server(200, "{\"id\":42}")));

        assertThat(client.register("strike events-value", STRING)).isEqualTo(42);
        assertThat(seen).singleElement().asString()
                .startsWith("POST /subjects/strike%20events-value/versions")
                .contains("type=application/vnd.schemaregistry.v1+json")
                .endsWith("body={\"schema\":\"\\\"string\\\"\"}");
    }

    @Test
    void shouldSendBasicAuthFromUserInfo() throws IOException {
        String url = server(200, "{\"schema\":\"\\\"string\\\"\"}");
        RegistryClientSettings settings = RegistryClients.settings(new AvroSerdeConfig(Map.of(
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, url,
                AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
                AvroSerdeConfig.BASIC_AUTH_USER_INFO, "analyst:secret")));

        assertThat(new RestSchemaRegistryClient(settings).schemaById(1)).isEqualTo(STRING);
        assertThat(seen).singleElement().asString().contains("auth=Basic YW5hbHlzdDpzZWNyZXQ=");
    }

    @Test
    void shouldTakeBasicAuthFromTheUrlAndKeepItOutOfTheAddress() throws IOException {
        String url = server(200, "{\"schema\":\"\\\"string\\\"\"}").replace("http://", "http://analyst:secret@");
        RegistryClientSettings settings = RegistryClients.settings(new AvroSerdeConfig(Map.of(
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, url)));

        new RestSchemaRegistryClient(settings).schemaById(1);

        assertThat(settings.urls()).singleElement().asString().doesNotContain("secret");
        assertThat(seen).singleElement().asString().contains("auth=Basic YW5hbHlzdDpzZWNyZXQ=");
    }

    @Test
    void shouldFailOverToTheNextInstanceWhenOneIsDown() throws IOException {
        String down = "http://localhost:" + closedPort();
        String up = server(200, "{\"schema\":\"\\\"string\\\"\"}");
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(fast(down, up));

        assertThat(client.schemaById(3)).isEqualTo(STRING);
        assertThat(client.schemaById(4)).isEqualTo(STRING);
        // The second call goes straight to the instance that answered.
        assertThat(client.requestsSent()).isEqualTo(3);
    }

    @Test
    void shouldKeepAlternatingBetweenInstancesWhileBothFail() throws IOException {
        String error = "{\"error_code\":50001,\"message\":\"store error\"}";
        String first = server(500, error);
        String second = server(500, error);
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(
                fast(first, second).withRetries(3, Duration.ofMillis(10), Duration.ofMillis(20)));

        assertThatThrownBy(() -> client.schemaById(9)).isInstanceOf(RegistryUnavailableException.class);
        assertThat(answeredBy).containsExactly(first, second, first, second);
    }

    @Test
    void shouldGiveUpAfterTheConfiguredRetriesWhenNothingListens() throws IOException {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(fast("http://localhost:" + closedPort()));

        assertThatThrownBy(() -> client.schemaById(1))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("after 3 attempt(s)");
        assertThat(client.requestsSent()).isEqualTo(3);
    }

    @Test
    void shouldTimeOutOnARegistryThatNeverAnswers() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            // Accepts connections (the kernel's backlog) but never sends a byte back.
            RestSchemaRegistryClient client = new RestSchemaRegistryClient(fast("http://localhost:" + silent.getLocalPort()));

            assertThatThrownBy(() -> client.schemaById(1))
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessageContaining("timed out");
        }
    }

    @Test
    void shouldNotRetryARefusal() throws IOException {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(fast(
                server(404, "{\"error_code\":40403,\"message\":\"Schema 9 not found\"}")));

        assertThatThrownBy(() -> client.schemaById(9))
                .isInstanceOfSatisfying(RegistryResponseException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(40403);
                    assertThat(e.httpStatus()).isEqualTo(404);
                })
                .hasMessageContaining("Schema 9 not found");
        assertThat(client.requestsSent()).isEqualTo(1);
    }

    @Test
    void shouldRetryServerErrors() throws IOException {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(fast(
                server(500, "{\"error_code\":50001,\"message\":\"store error\"}")));

        assertThatThrownBy(() -> client.schemaById(9)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("50001");
        assertThat(client.requestsSent()).isEqualTo(3);
    }
}
