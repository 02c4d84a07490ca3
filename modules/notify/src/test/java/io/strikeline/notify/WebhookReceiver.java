package io.strikeline.notify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a free local port (the JDK's), standing in for a webhook receiver: it records every
 * request and answers as its script says, e.g. 503 for the first N requests and 200 after.
 */
final class WebhookReceiver implements AutoCloseable {

    /** What the receiver answers to the n-th request (0-based) with this body. */
    @FunctionalInterface
    interface Script {
        Reply reply(int index, String body);
    }

    record Reply(int status, Map<String, String> headers) {
        static Reply status(int status) {
            return new Reply(status, Map.of());
        }
    }

    /** One request as it arrived; header names lower-cased. */
    record Received(String method, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private final Script script;

    private WebhookReceiver(Script script) throws IOException {
        this.script = script;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static WebhookReceiver start(Script script) throws IOException {
        return new WebhookReceiver(script);
    }

    /** Fails the first {@code failures} requests with {@code status}, accepts the rest with 200. */
    static WebhookReceiver failingFirst(int failures, int status) throws IOException {
        return start((index, body) -> Reply.status(index < failures ? status : 200));
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    List<Received> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            int index;
            synchronized (requests) {
                index = requests.size();
                requests.add(new Received(exchange.getRequestMethod(), Map.copyOf(headers), body));
            }
            Reply reply = script.reply(index, body);
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] answer = (reply.status() < 300 ? "" : "status " + reply.status()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
