package io.strikeline.ingest.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The stable id of a report row: a hash of its natural key (source post, model, target, launch place,
 * time_start), with white space normalised. Ingesting the same or a revised file again yields the same
 * ids, so a revision replaces the earlier version downstream; counts and affected regions are not part
 * of the key, which is what lets them be revised.
 */
public final class ReportIds {

    private static final char SEPARATOR = '\u001f';
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final HexFormat HEX = HexFormat.of();
    /** One digest per thread: looking one up per row is a provider search, and a digest is not thread-safe. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    });

    private ReportIds() {
    }

    public static String of(String source, String model, String target, String launchPlace, String timeStart) {
        String naturalKey = normalise(source) + SEPARATOR + normalise(model) + SEPARATOR + normalise(target)
                + SEPARATOR + normalise(launchPlace) + SEPARATOR + normalise(timeStart);
        // digest() resets the digest for the next use.
        byte[] digest = SHA_256.get().digest(naturalKey.getBytes(StandardCharsets.UTF_8));
        return "r-" + HEX.formatHex(digest, 0, 10);
    }

    private static String normalise(String value) {
        return value == null ? "" : SPACES.matcher(value.strip()).replaceAll(" ");
    }
}
