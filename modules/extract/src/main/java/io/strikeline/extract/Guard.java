package io.strikeline.extract;

import java.util.List;

/**
 * Words of which at least one must be in a sentence (in lower case) for a set of rules to have anything to
 * match. Regular expressions with many alternatives cost microseconds per sentence; most sentences of an
 * article are not about casualties or weapons, and a substring test tells so in nanoseconds.
 */
final class Guard {

    private final List<String> words;

    private Guard(List<String> words) {
        this.words = words;
    }

    static Guard anyOf(String... words) {
        return new Guard(List.of(words));
    }

    boolean admits(Words words) {
        return admitsLowerCase(words.lower());
    }

    /** {@link #admits(Words)} for a text already in lower case (a sentence's, lowered once for all the rules). */
    boolean admitsLowerCase(String lower) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #admits(Words)} without lowering the text: for the short windows around a match, where lowering costs more
     * than the test. A case-insensitive expression's match of a word passes it too (it compares as
     * {@link String#regionMatches(boolean, int, String, int, int)} does).
     */
    boolean admitsAnyCase(String text) {
        for (String word : words) {
            if (AnyCase.indexOf(text, 0, text.length(), word) >= 0) {
                return true;
            }
        }
        return false;
    }
}
