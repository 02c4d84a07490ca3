package io.strikeline.registry.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A response from the registry under test, read over real HTTP. */
record HttpResult(int status, String contentType, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String V1_JSON = "application/vnd.schemaregistry.v1+json";

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    int errorCode() {
        return json().path("error_code").asInt();
    }

    static String schemaBody(String schema) {
        return JSON.createObjectNode().put("schema", schema).toString();
    }

    static HttpResult get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static HttpResult delete(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).DELETE());
    }

    static HttpResult post(String url, String body) {
        return post(url, body, V1_JSON);
    }

    static HttpResult post(String url, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResult put(String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", V1_JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResult send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new HttpResult(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
