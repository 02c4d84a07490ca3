package io.strikeline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.notify.WebhookAttempt.Kind;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookAttemptTest {

    private static final Instant NOW = Instant.parse("2025-07-24T10:00:00Z");

    private static WebhookAttempt status(int status) {
        return WebhookAttempt.ofStatus(status, "", Optional.empty(), NOW);
    }

    @Test
    void shouldCountEvery2xxAsDelivered() {
        assertThat(status(200).kind()).isEqualTo(Kind.DELIVERED);
        assertThat(status(202).kind()).isEqualTo(Kind.DELIVERED);
        assertThat(status(204).kind()).isEqualTo(Kind.DELIVERED);
    }

    @Test
    void shouldRetryServerErrorsAndTooManyRequests() {
        assertThat(status(500).kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(status(503).kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(status(429).kind()).isEqualTo(Kind.RETRYABLE);
    }

    @Test
    void shouldNotRetryOtherClientErrorsNorRedirects() {
        assertThat(status(400).kind()).isEqualTo(Kind.REFUSED);
        assertThat(status(401).kind()).isEqualTo(Kind.REFUSED);
        assertThat(status(404).kind()).isEqualTo(Kind.REFUSED);
        assertThat(status(301).kind()).isEqualTo(Kind.REFUSED);
    }

    @Test
    void shouldRetryWhenThereIsNoAnswer() {
        WebhookAttempt timeout = WebhookAttempt.ofFailure(new HttpTimeoutException("request timed out"));

        assertThat(timeout.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(timeout.reason()).isEqualTo("HttpTimeoutException: request timed out");
        assertThat(WebhookAttempt.ofFailure(new IOException()).reason()).isEqualTo("IOException");
    }

    @Test
    void shouldGiveStatusAndAShortenedBodyAsTheReason() {
        WebhookAttempt refused = WebhookAttempt.ofStatus(400, "bad\n  field 'x'" + "y".repeat(500), Optional.empty(), NOW);

        assertThat(refused.reason()).startsWith("HTTP 400: bad field 'x'yyy").endsWith("...").hasSize("HTTP 400: ".length() + 200 + "...".length());
        assertThat(status(503).reason()).isEqualTo("HTTP 503");
    }

    @Test
    void shouldReadRetryAfterInSecondsOrAsAnHttpDate() {
        assertThat(WebhookAttempt.ofStatus(429, "", Optional.of("7"), NOW).retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(WebhookAttempt.ofStatus(503, "", Optional.of("Thu, 24 Jul 2025 10:00:30 GMT"), NOW).retryAfter())
                .contains(Duration.ofSeconds(30));
        assertThat(WebhookAttempt.retryAfter("Thu, 24 Jul 2025 09:00:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(WebhookAttempt.retryAfter("soon", NOW)).isEmpty();
        assertThat(WebhookAttempt.ofStatus(400, "", Optional.of("7"), NOW).retryAfter()).isEmpty();
    }
}
