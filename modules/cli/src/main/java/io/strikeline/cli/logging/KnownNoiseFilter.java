package io.strikeline.cli.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;

/**
 * Drops known warnings that say nothing about the user's run, which would otherwise be the first or last
 * thing a user sees after a successful command. Only exact, known messages are dropped:
 * <ul>
 *   <li>the embedded broker closing a client twice during a normal shutdown;</li>
 *   <li>Kafka Streams asking for {@code processing.exception.handler.global.enabled}, which every stage sets
 *       ({@code StreamsSettings}): KafkaStreams also builds a configuration of its own without it and warns
 *       about that one.</li>
 * </ul>
 */
public final class KnownNoiseFilter extends Filter<ILoggingEvent> {

    private static final List<String> NOISE = List.of(
            "Attempting to close NetworkClient that has already been closed",
            "Processing exception handler is not enabled for the GlobalThread");

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        if (message != null) {
            for (String noise : NOISE) {
                if (message.contains(noise)) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }
}
