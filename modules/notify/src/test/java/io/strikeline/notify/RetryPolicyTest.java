package io.strikeline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofMillis(500), Duration.ofSeconds(5), 0);

    @Test
    void shouldDoubleTheDelayFromTheInitialOneUpToTheCap() {
        assertThat(IntStream.rangeClosed(2, 8).mapToObj(policy::baseDelayBefore).map(Duration::toMillis))
                .containsExactly(500L, 1000L, 2000L, 4000L, 5000L, 5000L, 5000L);
    }

    @Test
    void shouldNotOverflowOnManyAttempts() {
        RetryPolicy patient = new RetryPolicy(1000, Duration.ofSeconds(1), Duration.ofMinutes(10), 0);

        assertThat(patient.baseDelayBefore(70)).isEqualTo(Duration.ofMinutes(10));
        assertThat(patient.baseDelayBefore(1000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void shouldShortenEachDelayByAtMostTheJitterFraction() {
        RetryPolicy jittered = new RetryPolicy(5, Duration.ofMillis(1000), Duration.ofSeconds(30), 0.2);

        assertThat(jittered.delayBefore(3, () -> 0.0)).isEqualTo(Duration.ofMillis(2000));
        assertThat(jittered.delayBefore(3, () -> 0.5)).isEqualTo(Duration.ofMillis(1800));
        assertThat(jittered.delayBefore(3, () -> 0.999_999)).isEqualTo(Duration.ofMillis(1600));
    }

    @Test
    void shouldFollowTheScheduleExactlyWithoutJitter() {
        assertThat(policy.delayBefore(4, () -> 0.7)).isEqualTo(Duration.ofMillis(2000));
    }

    @Test
    void shouldCapARequestedRetryAfterAtTheMaxDelay() {
        assertThat(policy.capped(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.capped(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void shouldBoundTheWorstCaseByEveryAttemptAndEveryDelay() {
        RetryPolicy defaults = RetryPolicy.DEFAULT;

        // 5 attempts of 15 s, and 0.5 + 1 + 2 + 4 s between them.
        assertThat(defaults.worstCase(Duration.ofSeconds(15))).isEqualTo(Duration.ofMillis(75_000 + 7_500));
        assertThat(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), 0).worstCase(Duration.ofSeconds(3)))
                .isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void shouldRefuseAnInconsistentPolicy() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1), 0))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
                .hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5))
                .hasMessageContaining("jitter");
        assertThatThrownBy(() -> policy.baseDelayBefore(1)).hasMessageContaining("first attempt");
    }
}
