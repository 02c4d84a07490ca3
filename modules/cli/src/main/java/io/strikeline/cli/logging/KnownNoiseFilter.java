package io.strikeline.cli.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;

/**
 * Drops warnings the embedded broker logs during a normal shutdown, which would otherwise be the last
 * thing a user sees after a successful command. Only exact, known messages are dropped.
 */
public final class KnownNoiseFilter extends Filter<ILoggingEvent> {

    private static final List<String> NOISE = List.of(
            "Attempting to close NetworkClient that has already been closed");

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
