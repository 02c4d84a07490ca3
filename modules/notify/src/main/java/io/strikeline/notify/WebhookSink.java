package io.strikeline.notify;

import io.strikeline.avro.Alert;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each alert as JSON ({@link WebhookPayload}) to the configured URL, retrying with exponential backoff
 * ({@link RetryPolicy}) when there is no answer, a 5xx or a 429, and giving up at once on any other status
 * ({@link WebhookAttempt}).
 *
 * <p>Delivery is at least once, so every request carries {@code Idempotency-Key: <alert id>|<severity>}:
 * a receiver that remembers the keys it has seen can drop a redelivery after a crash or a lost response,
 * while a risen severity (same alert id) still gets through. {@code X-Strikeline-Alert-Id} carries the bare id.
 */
public final class WebhookSink implements AlertSink {

    public static final String NAME = "webhook";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String ALERT_ID = "X-Strikeline-Alert-Id";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSink.class);

    private final WebhookConfig config;
    private final HttpClient client;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final Clock clock;

    public WebhookSink(WebhookConfig config) {
        this(config, Sleeper.REAL, () -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());
    }

    public WebhookSink(WebhookConfig config, Sleeper sleeper, DoubleSupplier random, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
        // HTTP/1.1: receivers are often small servers; no h2c upgrade dance. Redirects are a misconfigured URL.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SinkOutcome deliver(Alert alert) throws InterruptedException {
        HttpRequest request = request(alert);
        RetryPolicy retry = config.retry();
        for (int attempt = 1; ; attempt++) {
            WebhookAttempt result = send(request);
            switch (result.kind()) {
                case DELIVERED:
                    return SinkOutcome.delivered(attempt);
                case REFUSED:
                    return SinkOutcome.failed(attempt, result.reason());
                default:
                    if (attempt == retry.maxAttempts()) {
                        return SinkOutcome.failed(attempt, result.reason());
                    }
                    int next = attempt + 1;
                    Duration wait = result.retryAfter().map(retry::capped)
                            .orElseGet(() -> retry.delayBefore(next, random));
                    LOG.warn("Webhook attempt {} of {} for alert {} failed ({}); retrying in {} ms", attempt,
                            retry.maxAttempts(), alert.getAlertId(), result.reason(), wait.toMillis());
                    sleeper.sleep(wait);
            }
        }
    }

    private HttpRequest request(Alert alert) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(config.url())
                .timeout(config.requestTimeout())
                .POST(HttpRequest.BodyPublishers.ofByteArray(WebhookPayload.of(alert).toJson()));
        config.headers().forEach(builder::header);
        return builder
                .setHeader("Content-Type", "application/json")
                .setHeader(IDEMPOTENCY_KEY, alert.getAlertId() + "|" + alert.getSeverity().name())
                .setHeader(ALERT_ID, alert.getAlertId())
                .build();
    }

    private WebhookAttempt send(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return WebhookAttempt.ofStatus(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After"), clock.instant());
        } catch (IOException e) {
            return WebhookAttempt.ofFailure(e);
        }
    }
}
