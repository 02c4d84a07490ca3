package io.strikeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People killed and injured as a sentence states them: "killing five people", "two were killed and four
 * injured", "a 73-year-old woman died", "the number of wounded has risen to 15", "no casualties". "At least
 * N" counts as N; "several", "victims" or "no information" give nothing.
 */
final class Casualties {

    /** Killed and injured in one sentence; null where it says nothing. */
    record Figures(Integer killed, Integer injured) {
        boolean any() {
            return killed != null || injured != null;
        }
    }

    private static final String N = "(?:at least |more than |over |another |nearly |almost |some |about |around )?(?<n>"
            + Numbers.PATTERN + ")";
    private static final String AT_NUMBER = "(?<n>" + Numbers.PATTERN + ")";
    private static final String PERSON = "(?:\\d+-year-old |elderly |young |local |other |more |civilian |additional )*"
            + "(?:people|persons?|civilians?|residents?|children|child|men|man|women|woman|others?|employees?|workers?"
            + "|miners?|boys?|girls?|teenagers?|pensioners?|soldiers|rescuers?|policem[ae]n|firefighters?|medics?"
            + "|passengers?|drivers?|volunteers?|journalists?|family members|adults?|inhabitants|citizens)";
    private static final String DEAD = "(?:killed|dead|died|perished|deaths?|lost (?:their|his|her) li(?:f|v)es?|were killed|was killed)";
    private static final String HURT = "(?:injured|wounded|hurt|injuries|suffered injuries|sustained injuries|hospitali[sz]ed|victims)";

    /** Figures written verb first ("killing five people"), or through a total ("the death toll rose to 15"). */
    private static final Anchored[] KILLED = {
            new Anchored("\\bkill(?:ed|ing|s)? " + N + "(?: " + PERSON + ")?", "kill"),
            new Anchored("(?:death toll|number of (?:the )?(?:dead|deaths|killed|fatalities))[^.]{0,90}?\\b(?:to|reached|is|stands at) "
                    + N, "death toll", "number of"),
    };
    /** Figures written number first ("two people were killed"): tried only where a number stands. */
    private static final Pattern[] KILLED_AT_NUMBER = {
            Pattern.compile(AT_NUMBER + " (?:" + PERSON + " )?(?:(?:were|was|have been|had been|has been|are|is) )?(?:reported )?"
                    + DEAD, Pattern.CASE_INSENSITIVE),
            Pattern.compile(AT_NUMBER + " (?:" + PERSON + " )?(?:dead|killed)", Pattern.CASE_INSENSITIVE),
    };
    private static final Anchored[] INJURED = {
            new Anchored("\\b(?:injur|wound)(?:ed|ing) " + N + "(?: " + PERSON + ")?", "injur", "wound"),
            new Anchored("(?:number of (?:the )?(?:injured|wounded|victims|casualties))[^.]{0,90}?\\b(?:to|reached|is|stands at) "
                    + N, "number of"),
    };
    private static final Pattern[] INJURED_AT_NUMBER = {
            Pattern.compile(AT_NUMBER + " (?:" + PERSON + " )?(?:(?:were|was|have been|had been|has been|are|is|got) )?"
                    + "(?:reported |also |seriously |severely |slightly )?" + HURT, Pattern.CASE_INSENSITIVE),
            Pattern.compile(AT_NUMBER + " (?:more |others? )?(?:" + PERSON + " )?(?:(?:were|was|have been|had been) )?(?:injured|wounded)",
                    Pattern.CASE_INSENSITIVE),
    };
    private static final SparseSearch NUMBER = sparse("(?<![\\p{L}\\d,.])" + Numbers.PATTERN + "(?![\\p{L}\\d])");
    /** "a 73-year-old woman died", "a man was wounded": one person, where the conventions count an article. */
    private static final Pattern ONE_KILLED = Pattern.compile(
            "\\bkill(?:ed|ing|s) (?:an?|one) " + PERSON + "|\\b(?:an?|one) " + PERSON + "[^.,;]{0,30}?\\b(?:was|were|has been|had been) killed|\\b(?:an?|one) " + PERSON
                    + "[^.,;]{0,20}?\\bdied", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_INJURED = Pattern.compile(
            "\\b(?:injur|wound)(?:ed|ing) (?:an?|one) " + PERSON + "|\\b(?:an?|one) " + PERSON + "[^.,;]{0,30}?\\b(?:was|were|has been|had been|got) (?:injured|wounded|hurt)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TWO_PEOPLE_DIED = Pattern.compile(
            "\\b(?:an?|one) (?:woman|man) and (?:an?|one) (?:woman|man) (?:died|were killed)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_CASUALTIES = Pattern.compile(
            "\\bno (?:casualties|victims|one was killed or (?:injured|hurt)|deaths or injuries)\\b|"
                    + "\\bwithout casualties\\b|\\bthere were no casualties\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_INJURED = Pattern.compile(
            "\\b(?:no (?:one|people|person) (?:was|were) (?:injured|hurt|wounded)|no injuries|nobody was (?:injured|hurt))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNCERTAIN = Pattern.compile(
            "\\b(?:no information|being clarified|probably|information about (?:the )?(?:casualties|victims))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Guard WORDS = Guard.anyOf("kill", "dead", "died", "death", "injur", "wound", "hurt", "casualt",
            "victim", "perish", "hospital", "lost their", "lost his", "lost her", "fatalit");
    private static final Pattern NEGATED = Pattern.compile("\\bno\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LONG_TERM = Pattern.compile(
            "\\bsince (?:the (?:beginning|start)|february|2022|the full-scale)", Pattern.CASE_INSENSITIVE);

    private Casualties() {
    }

    static Figures of(String sentence) {
        return of(Words.of(sentence));
    }

    /** {@link #of(String)} of a sentence whose lower case may have been made already. */
    static Figures of(Words words) {
        String sentence = words.text();
        String lower = words.lower();
        if (!WORDS.admitsLowerCase(lower) || lower.contains("since") && LONG_TERM.matcher(sentence).find()) {
            return new Figures(null, null);
        }
        // each rule only where the words it needs are present: this runs on every sentence that mentions harm
        boolean deaths = lower.contains("kill") || lower.contains("dead") || lower.contains("died")
                || lower.contains("death") || lower.contains("perish") || lower.contains("lost ");
        boolean injuries = lower.contains("injur") || lower.contains("wound") || lower.contains("hurt")
                || lower.contains("hospital") || lower.contains("victim");
        boolean totals = lower.contains("toll") || lower.contains("number of");
        List<Integer> numbers = hasNumber(lower) ? numberStarts(sentence) : List.of();
        Integer killed = null;
        Integer injured = null;
        if (deaths) {
            killed = larger(lower.contains("kill") || totals ? largest(KILLED, words) : null,
                    numbers.isEmpty() ? null
                            : largestAt(KILLED_AT_NUMBER, sentence, numbers, lastOf(DEATH_WORDS, lower, sentence)));
            if (killed == null && TWO_PEOPLE_DIED.matcher(sentence).find()) {
                killed = 2;
            }
            if (killed == null && ONE_KILLED.matcher(sentence).find()) {
                killed = 1;
            }
        }
        if (injuries) {
            injured = larger(lower.contains("injur") || lower.contains("wound") || totals ? largest(INJURED, words) : null,
                    numbers.isEmpty() ? null
                            : largestAt(INJURED_AT_NUMBER, sentence, numbers, lastOf(INJURY_WORDS, lower, sentence)));
            if (injured == null && ONE_INJURED.matcher(sentence).find()) {
                injured = 1;
            }
        }
        boolean negation = lower.contains("no ") || lower.contains("without") || lower.contains("nobody");
        if (negation && NO_CASUALTIES.matcher(sentence).find() && !UNCERTAIN.matcher(sentence).find()) {
            killed = killed == null ? 0 : killed;
            injured = injured == null ? 0 : injured;
        } else if (negation && NO_INJURED.matcher(sentence).find()) {
            injured = injured == null ? 0 : injured;
        }
        return new Figures(killed, injured);
    }

    private static final String[] NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "dozen", "hundred"};

    private static boolean hasNumber(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isDigit(lower.charAt(i))) {
                return true;
            }
        }
        for (String word : NUMBER_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static SparseSearch sparse(String regex) {
        return new SparseSearch(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    private static List<Integer> numberStarts(String sentence) {
        List<Integer> starts = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(sentence);
        for (int at = 0; at < sentence.length(); at++) {
            if (at > 0 && refusedBefore(sentence.charAt(at - 1)) || !NUMBER.mayStartAt(sentence, at)) {
                continue;
            }
            matcher.region(at, sentence.length());
            if (matcher.lookingAt()) {
                starts.add(at);
                at = matcher.end() - 1; // the next search begins where this match ends, as find() would
            }
        }
        return starts;
    }

    /**
     * Characters after which {@link #NUMBER}'s lookbehind refuses a number (an ASCII letter or digit, a comma, a
     * point: "th<u>ree</u>", "1,<u>000</u>"): most letters, tested without the expression.
     */
    private static boolean refusedBefore(char before) {
        return before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z' || before >= '0' && before <= '9'
                || before == ',' || before == '.';
    }

    /**
     * Words of which every match of {@link #KILLED_AT_NUMBER} ({@link #INJURED_AT_NUMBER}) ends in one: the forms of
     * {@link #DEAD} ({@link #HURT}).
     */
    private static final String[] DEATH_WORDS = {"kill", "dead", "died", "death", "perish", "lost "};
    private static final String[] INJURY_WORDS = {"injur", "wound", "hurt", "hospital", "victim"};

    /**
     * Where the last of the words begins in the sentence; past the end if lowering moved its characters ("İ"
     * lowers to two), so that no index of the lower case can be trusted.
     */
    private static int lastOf(String[] words, String lower, String sentence) {
        if (lower.length() != sentence.length()) {
            return sentence.length();
        }
        int last = -1;
        for (String word : words) {
            // forwards: indexOf is the JIT's fast search, lastIndexOf a plain loop
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                last = Math.max(last, at);
            }
        }
        return last;
    }

    /**
     * The largest figure the anchored patterns read at the numbers of the sentence. A match ends in a word that
     * begins at {@code lastWord} or before: the numbers after it (most, in a long sentence) are not tried.
     */
    private static Integer largestAt(Pattern[] patterns, String sentence, List<Integer> numberStarts, int lastWord) {
        Integer best = null;
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            for (int start : numberStarts) {
                if (start >= lastWord) {
                    break; // the numbers are in order: none after this one is followed by the word either
                }
                matcher.region(start, sentence.length());
                if (matcher.lookingAt()) {
                    best = larger(best, figure(sentence, matcher));
                }
            }
        }
        return best;
    }

    private static Integer larger(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null || a >= b ? a : b;
    }

    /** The figure a match reads, or null when it is an age, too large, or negated ("no one was injured"). */
    private static Integer figure(String sentence, Matcher matcher) {
        if (NEGATED.matcher(sentence.substring(Math.max(0, matcher.start("n") - 4), matcher.start("n"))).find()) {
            return null;
        }
        Integer value = Numbers.value(matcher.group("n"));
        return value != null && value < 100_000 && !yearsOld(sentence, matcher.end("n")) ? value : null;
    }

    private static Integer largest(Anchored[] rules, Words words) {
        String sentence = words.text();
        Integer best = null;
        for (Anchored rule : rules) {
            Matcher matcher = rule.matcher(sentence);
            for (int from = 0; rule.find(matcher, words, from); from = matcher.end()) {
                best = larger(best, figure(sentence, matcher));
            }
        }
        return best;
    }

    /** "a 67-year-old woman": the number is an age. */
    private static boolean yearsOld(String sentence, int numberEnd) {
        return sentence.startsWith("-year", numberEnd) || sentence.startsWith(" year", numberEnd)
                || sentence.startsWith("-month", numberEnd);
    }
}
