package io.strikeline.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The result of one POST, classified: delivered (2xx); worth retrying (no answer, 5xx, 429), possibly after
 * the server's Retry-After; or refused for good (any other status: a 4xx means the request itself is wrong,
 * and sending it again would get the same answer; a 3xx means the URL is, and redirects are not followed).
 */
public record WebhookAttempt(Kind kind, String reason, Optional<Duration> retryAfter) {

    public enum Kind { DELIVERED, RETRYABLE, REFUSED }

    static final int TOO_MANY_REQUESTS = 429;

    public static WebhookAttempt ofStatus(int status, String body, Optional<String> retryAfterHeader, Instant now) {
        if (status >= 200 && status < 300) {
            return new WebhookAttempt(Kind.DELIVERED, "", Optional.empty());
        }
        String reason = "HTTP " + status + (body.isBlank() ? "" : ": " + abbreviate(body.strip()));
        if (status >= 500 || status == TOO_MANY_REQUESTS) {
            return new WebhookAttempt(Kind.RETRYABLE, reason, retryAfterHeader.flatMap(value -> retryAfter(value, now)));
        }
        return new WebhookAttempt(Kind.REFUSED, reason, Optional.empty());
    }

    /** No response at all: connection refused or reset, a timeout. Worth another try. */
    public static WebhookAttempt ofFailure(Exception failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return new WebhookAttempt(Kind.RETRYABLE, failure.getClass().getSimpleName() + message, Optional.empty());
    }

    private static final Pattern DELTA_SECONDS = Pattern.compile("\\d{1,9}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Retry-After as delta-seconds or an HTTP-date (RFC 9110 10.2.3); empty when it is neither. */
    static Optional<Duration> retryAfter(String value, Instant now) {
        String text = value.strip();
        try {
            if (DELTA_SECONDS.matcher(text).matches()) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            }
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // The reason lands in a log line and a Kafka header: an error page must not flood either.
    private static String abbreviate(String text) {
        String single = WHITE_SPACE.matcher(text).replaceAll(" ");
        return single.length() <= 200 ? single : single.substring(0, 200) + "...";
    }
}
