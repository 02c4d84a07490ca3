package io.strikeline.serde.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How to reach the registry.
 *
 * @param urls           instances, tried in turn
 * @param authorization  value of the Authorization header, if any
 * @param connectTimeout per connection attempt
 * @param readTimeout    per response
 * @param maxRetries     retries after a connection failure, timeout or 5xx (0 = one attempt)
 * @param retryWait      first wait between retries, doubled up to {@code maxRetryWait}
 * @param sslContext     for https registries with a custom trust or key store
 */
public record RegistryClientSettings(List<String> urls, Optional<String> authorization, Duration connectTimeout,
        Duration readTimeout, int maxRetries, Duration retryWait, Duration maxRetryWait,
        Optional<SSLContext> sslContext) {

    public RegistryClientSettings {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one schema registry URL is needed");
        }
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(sslContext, "sslContext");
    }

    public static RegistryClientSettings of(String... urls) {
        return new RegistryClientSettings(List.of(urls), Optional.empty(), Duration.ofSeconds(10),
                Duration.ofSeconds(10), 3, Duration.ofMillis(200), Duration.ofSeconds(2), Optional.empty());
    }

    public RegistryClientSettings withTimeouts(Duration connect, Duration read) {
        return new RegistryClientSettings(urls, authorization, connect, read, maxRetries, retryWait, maxRetryWait,
                sslContext);
    }

    public RegistryClientSettings withRetries(int retries, Duration wait, Duration maxWait) {
        return new RegistryClientSettings(urls, authorization, connectTimeout, readTimeout, retries, wait, maxWait,
                sslContext);
    }
}
