package io.strikeline.extract;

import java.util.Locale;

/** A word of a sentence as the place rules read it ("Kharkiv", "region"), or a comma between words. */
record Token(String text, String lower, int start, int end) {

    Token(String text, int start, int end) {
        this(text, text.toLowerCase(Locale.ROOT), start, end);
    }

    boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }
}
