package io.strikeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of weapons: a number directly before a weapon word ("71 drones", "four cruise missiles", "two KAB
 * guided aerial bombs", "14 UAV attacks"), launched unless air defence is the subject ("shot down 10 attack
 * drones", "six of the drones were shot down"); "18 of the 23 drones" and "eight out of 10" give both, as does
 * "shot down all 14 drones launched". Only numerals and number words count, never "a missile".
 */
final class WeaponCounts {

    private static final SparseSearch NUMBER_BEFORE = new SparseSearch(Pattern.compile(
            "(?<![\\p{L}\\d,./-])(?:(?:at least|more than|over|about|around|up to|nearly|almost|some|another|all(?: of)?(?: the)?)\\s+)?"
                    + "(?<n>" + Numbers.PATTERN + ")(?:\\s+(?:of the|out of|of)\\s+(?<total>" + Numbers.PATTERN + "))?"
                    + "(?<words>(?:\\s+of the)?(?:\\s+(?!of\\b|and\\b|to\\b|at\\b|in\\b|were\\b|was\\b)[\\p{L}\\d'’/-]+){0,4}?)\\s*$",
            Pattern.CASE_INSENSITIVE));
    private static final Pattern DOWNED_BEFORE = Pattern.compile(
            "\\b(?:shot down|shoot(?:s|ing)? down|downed|down(?:s|ing)?|destroyed|destroy(?:s|ing)?|intercepted|intercept(?:s|ing)?"
                    + "|neutrali[sz]ed|repelled)\\b(?![^,;]*\\b(?:launched|fired)\\b[^,;]*$)[^.;]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOWNED_AFTER = Pattern.compile(
            "^\\s*(?:were|was|have been|had been|are|being)?\\s*(?:also\\s+|successfully\\s+)?(?:shot down|downed|destroyed|"
                    + "intercepted|neutrali[sz]ed)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAUNCHED_AFTER = Pattern.compile("^[^,;.]{0,30}?\\blaunched\\b", Pattern.CASE_INSENSITIVE);
    /** "180 drones and missiles": a total of several classes, recorded for none of them. */
    private static final Pattern MIXED_AFTER = Pattern.compile(
            "^\\s*(?:and|or|&)\\s+(?:\\w+\\s+)?(?:missiles?|drones?|uavs?|rockets?|bombs?|shaheds?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?:from|debris of|wreckage of)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** "69 drones ..., of which 34 were shot down". */
    private static final SparseSearch OF_WHICH_DOWNED = new SparseSearch(Pattern.compile(
            "\\bof (?:which|them|these) (?<n>" + Numbers.PATTERN + ") (?:were |was |had been |have been )?(?:shot down|downed|"
                    + "destroyed|intercepted|neutrali[sz]ed)", Pattern.CASE_INSENSITIVE));
    /** Words that never stand between a number and the weapons it counts. */
    private static final Pattern OTHER_CLAUSE = Pattern.compile(
            "\\b(?:when|where|after|while|as|a|an|people|persons|civilians|residents|injured|wounded|killed|dead|died|"
                    + "hurt|others|were|was)\\b", Pattern.CASE_INSENSITIVE);
    /** "Of the drones, 84 were shot down": the number downed, the weapon named before it. */
    private static final Pattern OF_THE_WEAPON_DOWNED = Pattern.compile(
            "\\bof (?:the|them|these)(?<weapon>[^,;.]{0,40}?),?\\s+(?<n>" + Numbers.PATTERN + ")\\s+(?:were |had been |have been )?"
                    + "(?:shot down|downed|destroyed|intercepted|neutrali[sz]ed)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL_BEFORE = Pattern.compile("\\ball(?: of)?(?: the)?\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_COUNT_AFTER = Pattern.compile(
            "^\\s*(?:explosions?|times|shells|rounds|km|kilometers|kilometres|miles|percent|%|hours)", Pattern.CASE_INSENSITIVE);

    private WeaponCounts() {
    }

    static List<WeaponCount> find(String sentence, List<WeaponMention> weapons) {
        List<WeaponCount> counts = new ArrayList<>();
        for (WeaponMention weapon : weapons) {
            if (weapon.generic() && weapon.weaponClass() != io.strikeline.avro.WeaponClass.ARTILLERY) {
                continue;
            }
            String before = sentence.substring(Math.max(0, weapon.start() - 80), weapon.start());
            Matcher number = NUMBER_BEFORE.matcher(before);
            if (!NUMBER_BEFORE.find(number, before, 0) || containsWeapon(weapons, weapon, number.start("words") + weapon.start() - before.length())) {
                continue;
            }
            String head0 = before.substring(0, number.start());
            if (PREPOSITION_BEFORE.matcher(head0).find() || number.group("words").matches("(?i).*\\b(?:downed|destroyed)\\b.*")) {
                continue; // "debris from one downed drone": a drone spoken of, not counted
            }
            if (OTHER_CLAUSE.matcher(number.group("words")).find()) {
                continue; // "11 injured when a Russian missile struck": the number counts something else
            }
            Integer n = Numbers.value(number.group("n"));
            if (n == null || n == 0 || n > 5000) {
                continue;
            }
            String after = sentence.substring(weapon.end());
            if (NOT_COUNT_AFTER.matcher(after).lookingAt() || yearsOrDate(number.group("words"))
                    || MIXED_AFTER.matcher(after).lookingAt()) {
                continue;
            }
            String head = before.substring(0, number.start());
            boolean downed = DOWNED_AFTER.matcher(after).lookingAt() || DOWNED_BEFORE.matcher(head).find();
            if (number.group("total") != null) {
                Integer total = Numbers.value(number.group("total"));
                if (downed) {
                    counts.add(new WeaponCount(weapon.weaponClass(), n, WeaponCount.Role.INTERCEPTED));
                }
                if (total != null) {
                    counts.add(new WeaponCount(weapon.weaponClass(), total, WeaponCount.Role.LAUNCHED));
                }
                continue;
            }
            if (downed) {
                counts.add(new WeaponCount(weapon.weaponClass(), n, WeaponCount.Role.INTERCEPTED));
                if (ALL_BEFORE.matcher(before.substring(0, number.start("n"))).find()
                        && LAUNCHED_AFTER.matcher(after).lookingAt()) {
                    counts.add(new WeaponCount(weapon.weaponClass(), n, WeaponCount.Role.LAUNCHED));
                }
            } else {
                counts.add(new WeaponCount(weapon.weaponClass(), n, WeaponCount.Role.LAUNCHED));
            }
        }
        if (counts.stream().noneMatch(c -> c.role() == WeaponCount.Role.INTERCEPTED) && sentence.contains("f t")) {
            Matcher ofThe = OF_THE_WEAPON_DOWNED.matcher(sentence);
            if (ofThe.find()) {
                Integer n = Numbers.value(ofThe.group("n"));
                weapons.stream().filter(w -> w.start() >= ofThe.start("weapon") && w.end() <= ofThe.end("weapon"))
                        .findFirst().ifPresent(w -> {
                            if (n != null) {
                                counts.add(new WeaponCount(w.weaponClass(), n, WeaponCount.Role.INTERCEPTED));
                            }
                        });
            }
        }
        // the search last: most sentences have no count to add "of which N were downed" to
        Matcher ofWhich = OF_WHICH_DOWNED.matcher(sentence);
        if (!counts.isEmpty() && counts.stream().noneMatch(c -> c.role() == WeaponCount.Role.INTERCEPTED)
                && OF_WHICH_DOWNED.find(ofWhich, sentence, 0)) {
            Integer n = Numbers.value(ofWhich.group("n"));
            if (n != null) {
                counts.add(new WeaponCount(counts.get(counts.size() - 1).weaponClass(), n, WeaponCount.Role.INTERCEPTED));
            }
        }
        return counts;
    }

    /** Whether another weapon word lies between the number and this weapon ("10 drones and missiles"). */
    private static boolean containsWeapon(List<WeaponMention> weapons, WeaponMention target, int from) {
        for (WeaponMention other : weapons) {
            if (other != target && other.start() >= from && other.end() <= target.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean yearsOrDate(String words) {
        return words.matches("(?i).*\\b(?:years?|year-old|days?|weeks?|months?|explosions?|times|shells|rounds)\\b.*");
    }
}
