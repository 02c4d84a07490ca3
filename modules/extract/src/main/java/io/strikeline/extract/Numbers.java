package io.strikeline.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Numbers as news text writes them: "71", "13,000", "four", "twenty-five", "a dozen". */
final class Numbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("hundred", 100));

    /** A number in words or digits, as a regular expression without groups of its own. */
    static final String PATTERN = "(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a hundred)";

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

    private Numbers() {
    }

    /** The value of a match of {@link #PATTERN}; null if it is not one. */
    static Integer value(String text) {
        String word = text.trim().toLowerCase(Locale.ROOT);
        if (DIGITS.matcher(word).matches()) {
            try {
                return Integer.parseInt(word.replace(",", ""));
            } catch (NumberFormatException tooLarge) {
                return null;
            }
        }
        if (word.startsWith("a ")) {
            word = word.substring(2);
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Integer tens = WORDS.get(word.substring(0, hyphen));
            Integer units = WORDS.get(word.substring(hyphen + 1));
            return tens == null || units == null ? null : tens + units;
        }
        return WORDS.get(word);
    }
}
