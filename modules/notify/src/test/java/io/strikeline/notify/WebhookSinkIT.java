package io.strikeline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.strikeline.avro.Alert;
import io.strikeline.avro.AlertSeverity;
import io.strikeline.notify.WebhookReceiver.Reply;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The webhook sink against a real HTTP server on a local port: what it sends, when it retries, when it gives up. */
class WebhookSinkIT {

    private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(40), 0);

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    /** A sink whose waits are recorded (and really waited: they are milliseconds). */
    private WebhookSink sink(URI url, RetryPolicy retry, Map<String, String> headers) {
        WebhookConfig config = WebhookConfig.to(url).withRetry(retry).withHeaders(headers)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
        return new WebhookSink(config, wait -> {
            waits.add(wait);
            Sleeper.REAL.sleep(wait);
        }, () -> 0.5, Clock.systemUTC());
    }

    @Test
    void shouldPostTheAlertAsJsonWithIdempotencyAndConfiguredHeaders() throws Exception {
        Alert alert = SampleAlerts.alert("launched-over-100", "UA-30", AlertSeverity.WARNING);
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0, 503)) {
            SinkOutcome outcome = sink(receiver.url(), FAST, Map.of("Authorization", "Bearer t0ken")).deliver(alert);

            assertThat(outcome).isEqualTo(SinkOutcome.delivered(1));
            WebhookReceiver.Received request = receiver.requests().get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("Authorization")).isEqualTo("Bearer t0ken");
            assertThat(request.header("Idempotency-Key")).isEqualTo("launched-over-100|UA-30|2025-07-24|WARNING");
            assertThat(request.header("X-Strikeline-Alert-Id")).isEqualTo("launched-over-100|UA-30|2025-07-24");
            assertThat(new ObjectMapper().readTree(request.body()).get("alert_id").asText())
                    .isEqualTo(alert.getAlertId());
        }
    }

    @Test
    void shouldDeliverAfterRetriesWhenTheFirstRequestsFailWith503() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(3, 503)) {
            SinkOutcome outcome = sink(receiver.url(), FAST, Map.of()).deliver(SampleAlerts.alert("spike-7d"));

            assertThat(outcome).isEqualTo(SinkOutcome.delivered(4));
            assertThat(receiver.requests()).hasSize(4)
                    .extracting(request -> request.header("Idempotency-Key")).containsOnly("spike-7d|UA-30|2025-07-24|CRITICAL");
            assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40));
        }
    }

    @Test
    void shouldGiveUpAfterTheLastAttemptWhenTheReceiverKeepsFailing() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(Integer.MAX_VALUE, 500)) {
            SinkOutcome outcome = sink(receiver.url(), FAST, Map.of()).deliver(SampleAlerts.alert("spike-7d"));

            assertThat(outcome).isEqualTo(SinkOutcome.failed(4, "HTTP 500: status 500"));
            assertThat(receiver.requests()).hasSize(4);
        }
    }

    @Test
    void shouldNotRetryA400() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(Integer.MAX_VALUE, 400)) {
            SinkOutcome outcome = sink(receiver.url(), FAST, Map.of()).deliver(SampleAlerts.alert("spike-7d"));

            assertThat(outcome).isEqualTo(SinkOutcome.failed(1, "HTTP 400: status 400"));
            assertThat(receiver.requests()).hasSize(1);
            assertThat(waits).isEmpty();
        }
    }

    @Test
    void shouldHonourRetryAfterOn429UpToTheMaxDelay() throws Exception {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(300), 0);
        try (WebhookReceiver receiver = WebhookReceiver.start((index, body) -> index == 0
                ? new Reply(429, Map.of("Retry-After", "3600")) : Reply.status(204))) {
            SinkOutcome outcome = sink(receiver.url(), policy, Map.of()).deliver(SampleAlerts.alert("spike-7d"));

            assertThat(outcome).isEqualTo(SinkOutcome.delivered(2));
            assertThat(waits).containsExactly(Duration.ofMillis(300));
        }
    }

    @Test
    void shouldRetryWhenNothingListensAndReportTheConnectionFailure() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/hook");
        }
        RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10), 0);

        SinkOutcome outcome = sink(closed, policy, Map.of()).deliver(SampleAlerts.alert("spike-7d"));

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(outcome.reason()).contains("ConnectException");
    }
}
