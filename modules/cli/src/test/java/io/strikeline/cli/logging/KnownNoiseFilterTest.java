package io.strikeline.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class KnownNoiseFilterTest {

    private final KnownNoiseFilter filter = new KnownNoiseFilter();
    private final LoggerContext context = new LoggerContext();

    private FilterReply decide(String logger, String message) {
        return filter.decide(new LoggingEvent(getClass().getName(), context.getLogger(logger), Level.WARN, message,
                null, null));
    }

    @Test
    void shouldDropTheGlobalThreadHandlerWarningEveryStageAlreadyAnswers() {
        assertThat(decide("org.apache.kafka.streams.StreamsConfig", "Processing exception handler is not enabled for"
                + " the GlobalThread. It's recommended to set `processing.exception.handler.global.enabled` to true"))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void shouldLetOtherWarningsOfTheSameLoggerThrough() {
        assertThat(decide("org.apache.kafka.streams.StreamsConfig", "Unrecognized config: foo"))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
