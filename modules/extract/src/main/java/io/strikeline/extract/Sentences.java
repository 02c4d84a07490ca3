package io.strikeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an article into sentences with their offsets. A line break always ends a sentence (news text keeps
 * one paragraph per line); within a line a sentence ends at '.', '!' or '?' followed by a space or a quote and
 * a capital letter or digit, unless the word before the stop is an abbreviation ("Nov.", "Gov.", "U.S.") or an
 * initial. "Read also:" teasers glued into the text end the sentence before them.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "st", "gov", "gen", "lt", "col", "maj",
            "sgt", "capt", "no", "vs", "etc", "approx", "u.s", "u.n", "u.k", "a.m", "p.m", "e.g", "i.e", "jr", "sr",
            "dept", "prof", "rep", "sen", "corp", "inc", "ltd", "co", "obl", "km");

    private Sentences() {
    }

    /** The sentences of a text, each with its offsets (the evidence an event would quote). */
    public static List<Evidence> of(String text) {
        return split(text).stream().map(Sentence::evidence).toList();
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (splitLine(text, lineStart, lineEnd, paragraph, sentences)) {
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /** Adds the sentences of text[from, to); whether there were any. */
    private static boolean splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
        int sizeBefore = out.size();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isTeaserStart(text, i, to) && i > start) {
                add(text, start, i, paragraph, out);
                start = i;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, from, i, to)) {
                int end = i + 1;
                while (end < to && isClosingQuote(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, paragraph, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, to, paragraph, out);
        return out.size() > sizeBefore;
    }

    private static boolean isTeaserStart(String text, int i, int to) {
        char c = text.charAt(i);
        if (c != 'R' && c != 'r' && c != 'A' && c != 'a') {
            return false;
        }
        // and the second letter: 'r' and 'a' begin many words, few of them with an 'e' or an 'l' next
        char d = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (d != 'e' && d != 'E' && d != 'l' && d != 'L') {
            return false;
        }
        return text.regionMatches(true, i, "Read also", 0, 9) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                || text.regionMatches(true, i, "Also Read", 0, 9) && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
    }

    private static boolean endsSentence(String text, int lineStart, int stop, int to) {
        int next = stop + 1;
        while (next < to && isClosingQuote(text.charAt(next))) {
            next++;
        }
        if (next >= to) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next)) && text.charAt(stop) == '.') {
            // "residential building.Read also" and "this.The" lack the space
            return Character.isUpperCase(text.charAt(next)) && stop > lineStart
                    && Character.isLowerCase(text.charAt(stop - 1));
        }
        while (next < to && (Character.isWhitespace(text.charAt(next)) || isOpeningQuote(text.charAt(next)))) {
            next++;
        }
        if (next >= to) {
            return true;
        }
        char following = text.charAt(next);
        if (!Character.isUpperCase(following) && !Character.isDigit(following)) {
            return false;
        }
        if (text.charAt(stop) != '.') {
            return true;
        }
        int wordStart = stop;
        while (wordStart > lineStart && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, stop).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false; // an initial: "Oleh V. Syniehubov"
        }
        return !ABBREVIATIONS.contains(word);
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == ')';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '«' || c == '(';
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end), paragraph));
        }
    }
}
