package io.strikeline.extract;

/**
 * Finds a word in a text in any case, as {@link String#regionMatches(boolean, int, String, int, int)} compares,
 * without lowering the text: for the short windows around a match and the few words looked for in a whole
 * sentence, where lowering costs more than the search. Every case-insensitive match of an expression that spells
 * the word is found.
 */
final class AnyCase {

    private AnyCase() {
    }

    /** Where text[from, to) first holds {@code word} (lower case) in any case; -1 if it does not. */
    static int indexOf(String text, int from, int to, String word) {
        char first = word.charAt(0);
        // an ASCII character is the ASCII letter in either case only if it equals it with the case bit set:
        // most characters are ASCII, and this test costs less than regionMatches
        boolean asciiLetter = first >= 'a' && first <= 'z';
        for (int at = from; at + word.length() <= to; at++) {
            char c = text.charAt(at);
            if (asciiLetter && c < 128 && (c | 0x20) != first) {
                continue;
            }
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return at;
            }
        }
        return -1;
    }
}
