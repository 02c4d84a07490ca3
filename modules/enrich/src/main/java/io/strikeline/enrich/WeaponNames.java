package io.strikeline.enrich;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CYRILLIC_CODE = Pattern.compile("[\\p{IsCyrillic}]{1,3}-\\d.*");
    private static final Pattern KH_HYPHEN = Pattern.compile("\\bkh-");
    private static final Pattern KH_DIGIT = Pattern.compile("\\bkh(\\d)");

    private WeaponNames() {
    }

    static String normalise(String name) {
        String lower = SPACES.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        // Only codes such as Х-101 or С-300 (letters then a hyphen and digits) are read as Latin; Cyrillic
        // words (Молнія, Ланцет) stay Cyrillic.
        if (CYRILLIC_CODE.matcher(lower).matches()) {
            StringBuilder latin = new StringBuilder(lower.length());
            for (char c : lower.toCharArray()) {
                latin.append(LOOK_ALIKES.getOrDefault(c, c));
            }
            lower = latin.toString();
        }
        String latinX = KH_DIGIT.matcher(KH_HYPHEN.matcher(lower).replaceAll("x-")).replaceAll("x-$1");
        return latinX.replace(" - ", "-");
    }
}
