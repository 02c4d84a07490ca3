package io.strikeline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifyConfigReaderTest {

    private static Map<String, String> webhook(String... more) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "notify.sinks", "stdout, webhook",
                "notify.webhook.url", "https://hooks.example/strikeline"));
        for (int i = 0; i < more.length; i += 2) {
            properties.put(more[i], more[i + 1]);
        }
        return properties;
    }

    @Test
    void shouldDeliverToStdoutOnlyByDefault() {
        NotifyConfig config = NotifyConfig.fromProperties(Map.of("kafka.bootstrap", "ignored:9092"));

        assertThat(config).isEqualTo(NotifyConfig.defaults());
        assertThat(config.stdout()).isTrue();
        assertThat(config.webhook()).isEmpty();
        assertThat(config.groupId()).isEqualTo("strikeline-notify");
        assertThat(config.fromStart()).isTrue();
    }

    @Test
    void shouldReadEveryWebhookSetting() {
        NotifyConfig config = NotifyConfig.fromProperties(webhook(
                "notify.webhook.header.Authorization", "Bearer s3cret ",
                "notify.webhook.connect-timeout-ms", "1000",
                "notify.webhook.request-timeout-ms", "2000",
                "notify.webhook.retry.max-attempts", "3",
                "notify.webhook.retry.initial-delay-ms", "100",
                "notify.webhook.retry.max-delay-ms", "400",
                "notify.webhook.retry.jitter", "0",
                "notify.group-id", "notify-eu",
                "notify.start-from", "LATEST"));

        WebhookConfig webhook = config.webhook().orElseThrow();
        assertThat(webhook.url()).isEqualTo(URI.create("https://hooks.example/strikeline"));
        assertThat(webhook.headers()).containsExactly(Map.entry("Authorization", "Bearer s3cret"));
        assertThat(webhook.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(webhook.requestTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(webhook.retry()).isEqualTo(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(400), 0));
        assertThat(config.groupId()).isEqualTo("notify-eu");
        assertThat(config.fromStart()).isFalse();
    }

    @Test
    void shouldUseTheDefaultRetryPolicyWhenNoneIsGiven() {
        WebhookConfig webhook = NotifyConfig.fromProperties(webhook()).webhook().orElseThrow();

        assertThat(webhook.retry()).isEqualTo(RetryPolicy.DEFAULT);
        assertThat(webhook.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(webhook.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void shouldNameTheKeyInEveryError() {
        assertRefused(Map.of("notify.sinks", "webhook"), "notify.webhook.url", "required");
        assertRefused(Map.of("notify.sinks", "stdout,pager"), "notify.sinks", "unknown sink 'pager'");
        assertRefused(Map.of("notify.sinks", " , "), "notify.sinks", "names no sink");
        assertRefused(webhook("notify.webhook.url", "hooks.example/x"), "notify.webhook.url", "absolute http");
        assertRefused(webhook("notify.webhook.url", "ftp://hooks.example/x"), "notify.webhook.url", "absolute http");
        assertRefused(webhook("notify.webhook.retry.max-attempts", "0"), "notify.webhook.retry.max-attempts",
                "at least 1, was '0'");
        assertRefused(webhook("notify.webhook.request-timeout-ms", "ten"), "notify.webhook.request-timeout-ms",
                "was 'ten'");
        assertRefused(webhook("notify.webhook.retry.jitter", "1.5"), "notify.webhook.retry.jitter", "between 0 and 1");
        assertRefused(webhook("notify.webhook.retry.initial-delay-ms", "5000", "notify.webhook.retry.max-delay-ms",
                "1000"), "notify.webhook.retry.max-delay-ms", "must not be less than notify.webhook.retry.initial-delay-ms");
        assertRefused(webhook("notify.webhook.header.Content-Type", "text/plain"),
                "notify.webhook.header.Content-Type", "set by strikeline");
        assertRefused(webhook("notify.webhook.header.Bad Name", "x"), "notify.webhook.header.Bad Name",
                "not a valid HTTP header name");
        assertRefused(Map.of("notify.start-from", "yesterday"), "notify.start-from", "earliest or latest");
        assertRefused(Map.of("notify.webhook.retry.attempts", "3"), "notify.webhook.retry.attempts", "unknown setting");
    }

    private static void assertRefused(Map<String, String> properties, String key, String problem) {
        assertThatThrownBy(() -> NotifyConfig.fromProperties(properties))
                .isInstanceOfSatisfying(NotifyConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageStartingWith(key + ": ")
                .hasMessageContaining(problem);
    }
}
