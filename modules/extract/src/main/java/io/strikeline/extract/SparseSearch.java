package io.strikeline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression searched only at the characters its matches can begin with. {@link Matcher#find()}
 * tries the whole expression at every character of the text; most characters cannot begin a match ("k" of
 * "killed", a digit of "12"), and a table lookup tells so in a nanosecond. The matches found are exactly those
 * of {@code find()}: the same expression is tried, in the same order, at every character that could begin one.
 */
final class SparseSearch {

    private final Pattern pattern;
    /** By ASCII character: whether a match can begin with it. Any other character is always tried (it is rare). */
    private final boolean[] asciiStarts = new boolean[128];
    /** By the first two characters (ASCII) of a place: whether a match can begin there. */
    private final boolean[][] asciiPairs = new boolean[128][];
    /**
     * By the first two characters (ASCII) of a place that can begin a match: the ASCII third characters with which
     * it still can, as a 128-bit set (two longs). Two letters leave many words ("sh" of "she", "ar" of "area"); three
     * leave few.
     */
    private final long[][][] asciiTriples = new long[128][128][];

    /** @param pattern an expression that never matches the empty string */
    SparseSearch(Pattern pattern) {
        if (pattern.matcher("").lookingAt()) {
            throw new IllegalArgumentException("matches the empty string: " + pattern);
        }
        this.pattern = pattern;
        Matcher probe = pattern.matcher("");
        for (char c = 0; c < asciiStarts.length; c++) {
            // a match can begin with c if c alone matches or the engine wanted more input after it (hitEnd)
            probe.reset(String.valueOf(c));
            asciiStarts[c] = probe.lookingAt() || probe.hitEnd();
            if (asciiStarts[c]) {
                asciiPairs[c] = new boolean[128];
                for (char d = 0; d < 128; d++) {
                    probe.reset(new String(new char[] {c, d}));
                    asciiPairs[c][d] = probe.lookingAt() || probe.hitEnd();
                    if (asciiPairs[c][d]) {
                        asciiTriples[c][d] = new long[2];
                        for (char e = 0; e < 128; e++) {
                            probe.reset(new String(new char[] {c, d, e}));
                            if (probe.lookingAt() || probe.hitEnd()) {
                                asciiTriples[c][d][e >> 6] |= 1L << (e & 63);
                            }
                        }
                    }
                }
            }
        }
    }

    /** A matcher over the text for {@link #find}: the text outside its region stays visible to lookarounds. */
    Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The first match at or after {@code from}, as {@code find()} from there would find it. */
    boolean find(Matcher matcher, String text, int from) {
        for (int at = from; at < text.length(); at++) {
            if (mayStartAt(text, at)) {
                matcher.region(at, text.length());
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a match could begin at text[at], by the first three characters there (cheap, and never wrongly no). */
    boolean mayStartAt(String text, int at) {
        char c = text.charAt(at);
        if (c >= asciiStarts.length) {
            return true;
        }
        if (!asciiStarts[c]) {
            return false;
        }
        if (at + 1 == text.length()) {
            return true;
        }
        char d = text.charAt(at + 1);
        if (d >= asciiPairs[c].length) {
            return true;
        }
        if (!asciiPairs[c][d]) {
            return false;
        }
        if (at + 2 == text.length()) {
            return true;
        }
        char e = text.charAt(at + 2);
        return e >= 128 || (asciiTriples[c][d][e >> 6] & 1L << (e & 63)) != 0;
    }
}
