package io.strikeline.registry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

class SchemaTopicTest {

    @Test
    void shouldAskAgainWhileTheBrokerDoesNotKnowTheTopicJustCreated() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        String answer = SchemaTopic.onceKnown(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new ExecutionException(new UnknownTopicOrPartitionException("not yet"));
            }
            return "compact";
        }, inTenSeconds());

        assertThat(answer).isEqualTo("compact");
        assertThat(calls).hasValue(3);
    }

    @Test
    void shouldGiveUpOnAnUnknownTopicAtTheDeadline() {
        assertThatThrownBy(() -> SchemaTopic.onceKnown(() -> {
            throw new ExecutionException(new UnknownTopicOrPartitionException("never"));
        }, System.nanoTime())).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(UnknownTopicOrPartitionException.class);
    }

    @Test
    void shouldNotAskAgainAfterAnyOtherError() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> SchemaTopic.onceKnown(() -> {
            calls.incrementAndGet();
            throw new ExecutionException(new TopicAuthorizationException("denied"));
        }, inTenSeconds())).hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThat(calls).hasValue(1);
    }

    private static long inTenSeconds() {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    }
}
