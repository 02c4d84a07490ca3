package io.strikeline.geo;

import java.text.Normalizer;

/**
 * The form in which names are compared: case, diacritics, apostrophes and punctuation do not count.
 *
 * <p>"Kyïv", "KYIV" and "kyiv" are one key, as are "Kup'yans'k" and "Kupyansk", "Ivano-Frankivsk" and
 * "Ivano Frankivsk", "Київ" and "Киів". Cyrillic letters with diacritics fold too (й to и, ї to і, ё
 * to е), because writers mix them up and no two places are told apart by them alone. Apostrophes
 * (', ’, ʼ and the primes of transliterations) are dropped rather than turned into spaces, since they
 * sit inside words. {@code scripts/geonames/ua_settlements.py} has the same function, which it uses
 * to drop alternate names that are the same key: the two must stay identical.
 */
final class NameKey {

    private static final String APOSTROPHES = "'’ʼ`´‘ʹ”“\"";

    private NameKey() {
    }

    /**
     * The comparison key of {@code text}: lower case words separated by single spaces. Lower case is
     * Unicode's own mapping ({@link Character#toLowerCase(int)}), the same in every locale.
     */
    static String of(String text) {
        // Most names are plain ASCII or Cyrillic; only others need the (slow to start) Normalizer.
        String decomposed = needsNormalizer(text) ? Normalizer.normalize(text, Normalizer.Form.NFD) : text;
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.getType(codePoint) == Character.NON_SPACING_MARK
                    || APOSTROPHES.indexOf(codePoint) >= 0) {
                continue;
            }
            int lower = Character.toLowerCase(codePoint);
            String folded = fold(lower);
            if (folded != null) {
                key.append(folded);
                space = false;
            } else if (Character.isLetterOrDigit(lower)) {
                key.appendCodePoint(lower);
                space = false;
            } else if (!space) {
                key.append(' ');
                space = true;
            }
        }
        int end = key.length();
        if (end > 0 && key.charAt(end - 1) == ' ') {
            key.setLength(end - 1);
        }
        return key.toString();
    }

    /** False when every character is ASCII or a Cyrillic letter that {@link #fold} decomposes itself. */
    private static boolean needsNormalizer(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !(c >= 0x0400 && c <= 0x045F) && c != 'ґ' && c != 'Ґ' && APOSTROPHES.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lower case letter without its diacritic, or null when it has none to drop: the Cyrillic letters
     * that Unicode decomposes (as the Normalizer would, for names that skip it), and the Latin letters
     * that Unicode does not decompose.
     */
    private static String fold(int letter) {
        switch (letter) {
            case 'й':
            case 'ѝ':
                return "и";
            case 'ї':
                return "і";
            case 'ё':
            case 'ѐ':
                return "е";
            case 'ў':
                return "у";
            case 'ѓ':
                return "г";
            case 'ќ':
                return "к";
            case 'ł':
                return "l";
            case 'ø':
                return "o";
            case 'đ':
            case 'ð':
                return "d";
            case 'ß':
                return "ss";
            case 'æ':
                return "ae";
            case 'œ':
                return "oe";
            case 'ı':
                return "i";
            case 'þ':
                return "th";
            default:
                return null;
        }
    }
}
