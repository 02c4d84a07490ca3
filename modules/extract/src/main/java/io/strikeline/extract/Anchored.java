package io.strikeline.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule whose every match begins with one of a few words: the words are looked for first (a plain substring
 * search), and the regular expression is tried only where one begins. A regular expression of many
 * alternatives, searched along a sentence, costs microseconds; this costs what the substring searches cost
 * when none of the words is there, which is most of the time.
 */
final class Anchored {

    private final Pattern pattern;
    private final List<String> firstWords;

    /**
     * @param regex      matched from the first letter of one of the words, case-insensitively
     * @param firstWords lower case; every match of {@code regex} begins with one of them
     */
    Anchored(String regex, String... firstWords) {
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        this.firstWords = List.of(firstWords);
    }

    boolean find(String text) {
        return find(Words.of(text));
    }

    boolean find(Words words) {
        String text = words.text();
        String lower = words.lower();
        if (lower.length() != text.length()) {
            return pattern.matcher(text).find(); // case folding moved the offsets: search the slow way
        }
        Matcher matcher = null;
        for (String word : firstWords) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
                    continue;
                }
                if (matcher == null) {
                    // the text around the region stays visible to \b and lookbehinds, and ^ keeps meaning the start
                    matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                matcher.region(at, text.length());
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A matcher over the text for {@link #find(Matcher, Words, int)}: the text outside its region stays visible. */
    Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The first match at or after {@code from}, as {@code find()} from there would find it: the expression is tried
     * where one of the words begins, in order, and nowhere else (no match begins elsewhere).
     */
    boolean find(Matcher matcher, Words words, int from) {
        String text = words.text();
        String lower = words.lower();
        boolean aligned = lower.length() == text.length();
        int at = from;
        while (at < text.length()) {
            int next = aligned ? nextWord(lower, at) : at; // case folding moved the offsets: try every character
            if (next < 0) {
                return false;
            }
            matcher.region(next, text.length());
            if (matcher.lookingAt()) {
                return true;
            }
            at = next + 1;
        }
        return false;
    }

    /** Where the first of the words begins at or after {@code from}; -1 if none does. */
    private int nextWord(String lower, int from) {
        int next = -1;
        for (String word : firstWords) {
            int at = lower.indexOf(word, from);
            if (at >= 0 && (next < 0 || at < next)) {
                next = at;
            }
        }
        return next;
    }
}
