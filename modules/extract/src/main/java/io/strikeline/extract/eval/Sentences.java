package io.strikeline.extract.eval;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the sentence of an article that names something, to show a reader where a missed event was. The
 * split is rough (after . ! ? followed by white space, and at line breaks), which is enough to point at the
 * passage; it is not the extractor's sentence splitter.
 */
final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+|\\R+");

    private Sentences() {
    }

    /** The first sentence that contains any of the names, ignoring case. */
    static Optional<String> firstNaming(String text, Collection<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(BOUNDARY.split(text)).map(String::strip).filter(sentence -> !sentence.isEmpty())
                .filter(sentence -> names.stream().anyMatch(name -> containsIgnoringCase(sentence, name)))
                .findFirst();
    }

    private static boolean containsIgnoringCase(String sentence, String name) {
        return sentence.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }
}
