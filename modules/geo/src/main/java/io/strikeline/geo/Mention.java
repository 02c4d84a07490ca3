package io.strikeline.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A place mention reduced to its core name, with what the words around it said.
 *
 * <p>"Kharkiv Oblast (south)", "Oblast of Kharkiv", "у Харківській області" and "Kharkiv region" all
 * have the core "kharkiv" (or "харківськіи") and are {@linkplain #regional() regional}. That flag
 * is what tells Kyiv Oblast from Kyiv the city, and Dnipropetrovsk Oblast ("Dnipro region") from the
 * city of Dnipro. Words for "city" set {@link #city()}, which only matters for Kyiv.
 *
 * @param core     the {@link NameKey} of the name without those words; empty when nothing is left
 * @param regional whether a word such as oblast, region, province, область or регіон was there
 * @param city     whether a word such as city, місто or город was there
 */
record Mention(String core, boolean regional, boolean city) {

    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

    /** Between the places of a mention that names several: "Sumy and Kharkiv", "Харківська, Сумська". */
    private static final Pattern SEPARATORS =
            Pattern.compile("\\s*[,;/&+]\\s*|\\s+(?:and|та|і|и|й)\\s+", Pattern.CASE_INSENSITIVE);

    private static final Set<String> REGIONAL = keys(
            "oblast", "oblasts", "oblasti", "obl", "region", "regions", "province", "krai", "kray", "territory",
            "область", "області", "областю", "обл", "регіон", "регіону", "регіоні", "регіоном",
            "области", "областью", "регион", "региона", "регионе", "региону", "край", "края", "крае", "краю");

    private static final Set<String> CITY = keys(
            "city", "misto", "м", "г", "місто", "міста", "місті", "містом", "город", "города", "городе");

    /**
     * Prepositions, articles and the words of "Autonomous Republic of ...". They are dropped unless
     * they stand between two words of the name, as in "Rostov-on-Don" or "Ростов-на-Дону".
     */
    private static final Set<String> FILLER = keys(
            "the", "of", "in", "at", "on", "over", "near", "ar", "autonomous", "republic",
            "у", "в", "на", "над", "по", "з", "із", "зі", "під", "до", "от", "из", "во", "под",
            "автономна", "автономної", "автономній", "автономну", "автономная", "автономной", "автономную",
            "республіка", "республіки", "республіці", "республіку", "республика", "республики", "республике",
            "республику");

    /** Parses one mention. */
    static Mention parse(String text) {
        String[] words = NameKey.of(BRACKETS.matcher(text).replaceAll(" ")).split(" ");
        List<String> core = new ArrayList<>(words.length);
        boolean regional = false;
        boolean city = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (REGIONAL.contains(word)) {
                regional = true;
            } else if (CITY.contains(word)) {
                city = true;
            } else if (!word.isEmpty() && (!FILLER.contains(word) || insideName(words, i))) {
                core.add(word);
            }
        }
        return new Mention(String.join(" ", core), regional, city);
    }

    /** Whether the filler word at {@code index} has a word of the name on both sides (fillers skipped). */
    private static boolean insideName(String[] words, int index) {
        return isNameWord(words, index, -1) && isNameWord(words, index, 1);
    }

    private static boolean isNameWord(String[] words, int index, int step) {
        for (int i = index + step; i >= 0 && i < words.length; i += step) {
            if (!FILLER.contains(words[i])) {
                return !REGIONAL.contains(words[i]) && !CITY.contains(words[i]);
            }
        }
        return false;
    }

    private static Set<String> keys(String... words) {
        return Arrays.stream(words).map(NameKey::of).collect(Collectors.toUnmodifiableSet());
    }

    /** The parts of a mention that names several places ("Sumy and Kharkiv"), each parsed. */
    static List<Mention> parts(String text) {
        List<Mention> parts = new ArrayList<>();
        for (String piece : SEPARATORS.split(BRACKETS.matcher(text).replaceAll(" "))) {
            Mention part = parse(piece);
            if (!part.core().isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }
}
