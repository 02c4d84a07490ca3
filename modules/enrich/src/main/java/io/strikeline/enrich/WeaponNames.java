package io.strikeline.enrich;

import java.util.Locale;
import java.util.Map;

/**
 * Normal form of weapon names for matching: lower case, Cyrillic letters that look Latin read as Latin
 * (so "Х-101" typed with a Cyrillic Kha matches "X-101"), "Kh-" read as "X-" (the dataset's Latin X),
 * white space folded. Applied to catalogue aliases and to input alike.
 */
final class WeaponNames {

    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('х', 'x'), Map.entry('с', 'c'), Map.entry('к', 'k'), Map.entry('м', 'm'),
            Map.entry('р', 'p'), Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'),
            Map.entry('т', 't'), Map.entry('в', 'b'), Map.entry('н', 'h'));

    private WeaponNames() {
    }

    static String normalise(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        // Only codes such as Х-101 or С-300 (letters then a hyphen and digits) are read as Latin; Cyrillic
        // words (Молнія, Ланцет) stay Cyrillic.
        if (lower.matches("[\\p{IsCyrillic}]{1,3}-\\d.*")) {
            StringBuilder latin = new StringBuilder(lower.length());
            for (char c : lower.toCharArray()) {
                latin.append(LOOK_ALIKES.getOrDefault(c, c));
            }
            lower = latin.toString();
        }
        return lower.replaceAll("\\bkh-", "x-").replaceAll("\\bkh(\\d)", "x-$1").replace(" - ", "-");
    }
}
