package io.strikeline.notify;

import io.strikeline.avro.Alert;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One human-readable line per alert, severity first so a terminal or {@code grep CRITICAL} finds the urgent
 * ones: {@code CRITICAL 2025-07-24 UA-30 (Kyiv) launched-over-100: 120 launched, threshold 100}.
 */
public final class AlertFormatter {

    public String format(Alert alert) {
        StringBuilder line = new StringBuilder()
                .append(String.format(Locale.ROOT, "%-8s", alert.getSeverity().name()))
                .append(' ').append(alert.getDate())
                .append(' ').append(alert.getRegionIso());
        String regionName = alert.getTally().getRegionName();
        if (!regionName.isBlank()) {
            line.append(" (").append(regionName).append(')');
        }
        return line.append(' ').append(alert.getRule())
                .append(": ").append(oneLine(alert.getMessage()))
                .toString();
    }

    // A message with line breaks would split one alert over several lines and break line-oriented readers.
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private static String oneLine(String text) {
        return LINE_BREAK.matcher(text.strip()).replaceAll(" ");
    }
}
