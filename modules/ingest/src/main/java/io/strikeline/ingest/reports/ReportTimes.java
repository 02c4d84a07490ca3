package io.strikeline.ingest.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report window times as the dataset writes them: Kyiv local time, either a date ({@code 2024-08-26})
 * or a date and time ({@code 2024-08-26 18:00}, sometimes {@code 2023-05-16 3:30}, seconds optional),
 * with stray white space. A date alone means the start of that day.
 */
public final class ReportTimes {

    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Pattern DATE_TIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private ReportTimes() {
    }

    /** A parsed time: the instant, and whether the source gave a time of day. */
    public record ReportTime(Instant instant, boolean hasTime) {
    }

    public static ReportTime parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher matcher = DATE_TIME.matcher(trimmed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a date (YYYY-MM-DD) or a date and time"
                    + " (YYYY-MM-DD HH:MM)");
        }
        try {
            LocalDate date = LocalDate.parse(matcher.group(1));
            if (matcher.group(2) == null) {
                return new ReportTime(date.atStartOfDay(KYIV).toInstant(), false);
            }
            LocalTime time = LocalTime.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)),
                    matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4)));
            return new ReportTime(LocalDateTime.of(date, time).atZone(KYIV).toInstant(), true);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a valid date or time: " + e.getMessage());
        }
    }
}
