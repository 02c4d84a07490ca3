package io.strikeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A sentence or clause as the rules read it: its text, its lower case and its words, each made once however many
 * rules ask (a sentence passes a dozen filters, and the place rules read it twice).
 */
final class Words {

    private final String text;
    private String lower;
    private List<Token> tokens;
    private Places.Scan placeScan;

    private Words(String text) {
        this.text = text;
    }

    static Words of(String text) {
        return new Words(text);
    }

    String text() {
        return text;
    }

    String lower() {
        if (lower == null) {
            lower = text.toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /**
     * The words: a letter or digit and the letters, digits, apostrophes and hyphens after it, without a final
     * "'s" or trailing apostrophes and hyphens; a comma between two words is a token of its own (at the end of the
     * word before it).
     */
    List<Token> tokens() {
        if (tokens == null) {
            tokens = tokenize(text);
        }
        return tokens;
    }

    /** The place rules' first reading of the words ({@link Places.Scan}), made by {@code scan} on the first call. */
    Places.Scan placeScan(Function<Words, Places.Scan> scan) {
        if (placeScan == null) {
            placeScan = scan.apply(this);
        }
        return placeScan;
    }

    private static List<Token> tokenize(String sentence) {
        List<Token> found = new ArrayList<>();
        int last = 0;
        int at = 0;
        while (at < sentence.length()) {
            int c = sentence.codePointAt(at);
            if (!startsWord(c)) {
                at += Character.charCount(c);
                continue;
            }
            int start = at;
            at += Character.charCount(c);
            while (at < sentence.length() && continuesWord(sentence.codePointAt(at))) {
                at += Character.charCount(sentence.codePointAt(at));
            }
            if (hasComma(sentence, last, start)) {
                found.add(new Token(",", last, last + 1));
            }
            int end = at;
            if (sentence.startsWith("'s", end - 2) && end - 2 >= start
                    || sentence.startsWith("’s", end - 2) && end - 2 >= start) {
                end -= 2;
            }
            while (end > start && isTrailing(sentence.charAt(end - 1))) {
                end--;
            }
            found.add(new Token(sentence.substring(start, end), start, end));
            last = at;
        }
        return found;
    }

    /** Whether text[from, to) holds a comma: only the gap between two words is searched, not the rest of the text. */
    private static boolean hasComma(String text, int from, int to) {
        for (int at = from; at < to; at++) {
            if (text.charAt(at) == ',') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWord(int c) {
        return Character.isLetter(c) || c >= '0' && c <= '9';
    }

    private static boolean continuesWord(int c) {
        return startsWord(c) || c == '\'' || c == '’' || c == 'ʼ' || c == '-';
    }

    private static boolean isTrailing(char c) {
        return c == '-' || c == '\'' || c == '’';
    }
}
