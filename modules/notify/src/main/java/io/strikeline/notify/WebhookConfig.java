package io.strikeline.notify;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where and how the webhook sink POSTs.
 *
 * @param headers        sent with every request (e.g. {@code Authorization}); cannot replace the ones strikeline sets
 * @param connectTimeout bound on opening a connection
 * @param requestTimeout bound on one request, from sending to the response headers
 */
public record WebhookConfig(URI url, Map<String, String> headers, Duration connectTimeout, Duration requestTimeout,
                            RetryPolicy retry) {

    /** Headers the sink sets itself, and those the JDK's HTTP client refuses to have set. */
    static final Set<String> RESERVED_HEADERS = Set.of("content-type", "idempotency-key",
            "x-strikeline-alert-id", "connection", "content-length", "expect", "host", "upgrade");

    public WebhookConfig {
        checkUrl(url);
        Objects.requireNonNull(retry, "retry");
        headers = Map.copyOf(headers);
        headers.keySet().forEach(WebhookConfig::checkHeaderName);
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
    }

    /** @throws IllegalArgumentException unless the URL is an absolute http or https one */
    static void checkUrl(URI url) {
        Objects.requireNonNull(url, "url");
        if (!url.isAbsolute() || url.getHost() == null
                || !Set.of("http", "https").contains(url.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("must be an absolute http or https URL, was '" + url + "'");
        }
    }

    /** @throws IllegalArgumentException unless the name is a valid header name that strikeline lets one set */
    static void checkHeaderName(String name) {
        if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
            throw new IllegalArgumentException("'" + name + "' is not a valid HTTP header name");
        }
        if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("header '" + name + "' is set by strikeline itself");
        }
    }

    public static WebhookConfig to(URI url) {
        return new WebhookConfig(url, Map.of(), Duration.ofSeconds(5), Duration.ofSeconds(10), RetryPolicy.DEFAULT);
    }

    public WebhookConfig withHeaders(Map<String, String> newHeaders) {
        return new WebhookConfig(url, newHeaders, connectTimeout, requestTimeout, retry);
    }

    public WebhookConfig withRetry(RetryPolicy newRetry) {
        return new WebhookConfig(url, headers, connectTimeout, requestTimeout, newRetry);
    }

    public WebhookConfig withTimeouts(Duration connect, Duration request) {
        return new WebhookConfig(url, headers, connect, request, retry);
    }

    /** The longest one alert can keep the webhook sink busy: every attempt timing out, every backoff waited. */
    public Duration worstCaseDelivery() {
        return retry.worstCase(connectTimeout.plus(requestTimeout));
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
