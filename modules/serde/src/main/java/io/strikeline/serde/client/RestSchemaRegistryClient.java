package io.strikeline.serde.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent Schema Registry REST API over the JDK's HTTP client, with no caching (see
 * {@link CachingSchemaRegistryClient}). Every call is bounded: connect and read timeouts, a fixed number
 * of retries with exponential back-off, rotating through the configured instances. Refusals (4xx) are
 * not retried.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistryClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json;"
            + " qs=0.9, application/json; qs=0.5";

    private final RegistryClientSettings settings;
    private final HttpClient http;
    private final AtomicInteger preferredUrl = new AtomicInteger();
    private final AtomicLong requestsSent = new AtomicLong();

    public RestSchemaRegistryClient(RegistryClientSettings settings) {
        this.settings = settings;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        settings.sslContext().ifPresent(builder::sslContext);
        this.http = builder.build();
    }

    @Override
    public int register(String subject, Schema schema) {
        return send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema)).path("id").asInt();
    }

    @Override
    public int idOf(String subject, Schema schema) {
        return send("POST", "/subjects/" + encode(subject), schemaBody(schema)).path("id").asInt();
    }

    @Override
    public Schema schemaById(int id) {
        JsonNode response = send("GET", "/schemas/ids/" + id, null);
        String type = response.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(type)) {
            throw new RegistryResponseException(200, 0, "Schema " + id + " is a " + type + " schema, not Avro");
        }
        return new Schema.Parser().parse(response.path("schema").asText());
    }

    @Override
    public RegisteredSchema latest(String subject) {
        JsonNode response = send("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
        return new RegisteredSchema(response.path("subject").asText(subject), response.path("version").asInt(),
                response.path("id").asInt(), new Schema.Parser().parse(response.path("schema").asText()));
    }

    /** HTTP requests sent so far (attempts included): a steady-state serde sends none. */
    public long requestsSent() {
        return requestsSent.get();
    }

    private JsonNode send(String method, String path, String body) {
        int attempts = settings.maxRetries() + 1;
        Duration wait = settings.retryWait();
        Exception last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            int preferred = preferredUrl.get();
            int urlIndex = Math.floorMod(preferred, settings.urls().size());
            String base = stripTrailingSlash(settings.urls().get(urlIndex));
            try {
                HttpResponse<String> response = http.send(request(method, base + path, body),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return JSON.readTree(response.body());
                }
                RegistryResponseException refusal = refusal(status, response.body());
                if (status < 500 && status != 408 && status != 429) {
                    throw refusal;
                }
                last = refusal;
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryUnavailableException("Interrupted while calling the schema registry", e);
            }
            // This instance failed: the next attempt goes to the next one (unless a concurrent call moved on
            // already). Compared on the counter itself, not its index, which would stop matching after a wrap.
            preferredUrl.compareAndSet(preferred, preferred + 1);
            if (attempt < attempts) {
                LOG.debug("Schema registry {} {} failed (attempt {}/{}): {}", method, base + path, attempt, attempts,
                        last.toString());
                sleep(wait);
                wait = min(wait.multipliedBy(2), settings.maxRetryWait());
            }
        }
        throw new RegistryUnavailableException("Schema registry " + settings.urls() + " did not answer " + method + " "
                + path + " after " + attempts + " attempt(s): " + last, last);
    }

    private HttpRequest request(String method, String url, String body) {
        requestsSent.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.readTimeout())
                .header("Accept", ACCEPT);
        settings.authorization().ifPresent(value -> request.header("Authorization", value));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return request.build();
    }

    private static RegistryResponseException refusal(int status, String body) {
        try {
            JsonNode error = JSON.readTree(body);
            if (error != null && error.has("error_code")) {
                return new RegistryResponseException(status, error.path("error_code").asInt(),
                        error.path("message").asText());
            }
        } catch (IOException e) {
            // not a registry error body: report it as text below
        }
        String text = body == null ? "" : body.strip();
        return new RegistryResponseException(status, status, text.length() > 200 ? text.substring(0, 200) + "..." : text);
    }

    private static String schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString()).toString();
    }

    static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("Interrupted while waiting to retry the schema registry", e);
        }
    }
}
