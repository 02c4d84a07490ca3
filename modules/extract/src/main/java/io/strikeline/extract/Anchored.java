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
}
