package io.strikeline.enrich;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who published a report and where to read it. The dataset's {@code source} is a post path such as
 * {@code kpszsu/posts/...} (the Air Force's page) or {@code PvKPivden/posts/...} (Air Command South), or a
 * full URL.
 */
final class ReportSources {

    private static final Map<String, String> ACCOUNTS = Map.of(
            "kpszsu", "Air Force of the Armed Forces of Ukraine",
            "pvkpivden", "Air Command South",
            "pvkshid", "Air Command East",
            "pvkzahid", "Air Command West",
            "pvkcenter", "Air Command Center",
            "generalstaff.ua", "General Staff of the Armed Forces of Ukraine",
            "cincafu", "Commander-in-Chief of the Armed Forces of Ukraine");

    private static final Pattern SCHEME = Pattern.compile("^https?://(www\\.)?");

    private ReportSources() {
    }

    static String outlet(String source) {
        String account = account(source);
        return ACCOUNTS.getOrDefault(account.toLowerCase(Locale.ROOT), account);
    }

    static String url(String source) {
        String trimmed = source.strip();
        if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
            return trimmed;
        }
        if (trimmed.contains("/posts/")) {
            return "https://www.facebook.com/" + trimmed;
        }
        return null;
    }

    private static String account(String source) {
        String trimmed = SCHEME.matcher(source.strip()).replaceFirst("");
        int slash = trimmed.indexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(0, slash);
    }
}
