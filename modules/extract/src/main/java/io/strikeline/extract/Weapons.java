package io.strikeline.extract;

import io.strikeline.avro.WeaponClass;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The weapons a sentence names, by the cues of the conventions: Shahed, UAV, drone -> DRONE; Iskander,
 * Kalibr, Kh-101, "missile" -> MISSILE; KAB, guided bomb -> GLIDE_BOMB; artillery, mortars, MLRS,
 * "shelling" -> ARTILLERY; "air strike" without a munition -> AIRSTRIKE. Words of air defence ("anti-drone",
 * "air defence", "missile defence") and alerts ("missile threat") are not weapons used.
 */
final class Weapons {

    private record Cue(String regex, WeaponClass weaponClass, String model, boolean generic) {
    }

    private static final List<Cue> CUES = List.of(
            cue("shahed(?:-?1[23]6)?s?|geran(?:-?2)?s?", WeaponClass.DRONE, "Shahed-136/131", false),
            cue("lancets?", WeaponClass.DRONE, "Lancet", false),
            cue("(?:attack |kamikaze |strike |fpv |combat |reconnaissance |unmanned )?(?:drones?|uavs?|quadcopters?)"
                    + "|unmanned aerial vehicles?|unmanned aircraft|vog", WeaponClass.DRONE, null, false),
            cue("iskander-?ms?", WeaponClass.MISSILE, "Iskander-M", false),
            cue("iskander-?k", WeaponClass.MISSILE, "Iskander-K", false),
            cue("iskanders?", WeaponClass.MISSILE, "Iskander-M", false),
            cue("kn-?23s?", WeaponClass.MISSILE, "KN-23", false),
            cue("kalibrs?", WeaponClass.MISSILE, "Kalibr", false),
            cue("kinzhals?", WeaponClass.MISSILE, "Kinzhal", false),
            cue("(?:kh|x)-?(?:101|555|55)(?:/(?:555|55|101))*", WeaponClass.MISSILE, "Kh-101/555", false),
            cue("(?:kh|x)-?(?:59|69)(?:/(?:59|69))*", WeaponClass.MISSILE, "Kh-59/69", false),
            cue("(?:kh|x)-?(?:22|32)", WeaponClass.MISSILE, "Kh-22/32", false),
            cue("[sc]-?[34]00s?", WeaponClass.MISSILE, "S-300/400", false),
            cue("(?:cruise |ballistic |guided |anti-ship |air-launched |hypersonic )?missiles?|rockets?",
                    WeaponClass.MISSILE, null, false),
            cue("kabs?|(?:guided |glide |corrected )(?:aerial |air )?bombs?|umpk|umpb|fab-?\\d+", WeaponClass.GLIDE_BOMB,
                    null, false),
            cue("artillery|mortars?|mlrs|multiple (?:launch )?rocket|grads?|uragans?|smerch|howitzers?|tank fire",
                    WeaponClass.ARTILLERY, null, false),
            cue("shell(?:ing|ed|s)?", WeaponClass.ARTILLERY, null, true),
            cue("air ?strikes?|airstrikes?|aviation strikes?|air raids? on|aircraft rockets?|aviation bombs?|aerial bombs?"
                    + "|air bombs?", WeaponClass.AIRSTRIKE,
                    null, true));

    /** Words that make the cue after them a defence or a warning rather than a weapon used. */
    private static final Pattern NOT_USED_BEFORE = Pattern.compile(
            "(?:anti-|counter-|air defen[cs]e |missile defen[cs]e |threat of |warned of (?:the )?(?:threat of )?)$",
            Pattern.CASE_INSENSITIVE);
    /** Words every match of {@link #NOT_USED_BEFORE} holds: few windows before a cue have one. */
    private static final Guard NOT_USED_BEFORE_WORDS = Guard.anyOf("anti-", "counter-", "defen", "threat of", "warned of");
    private static final Pattern NOT_USED_AFTER = Pattern.compile(
            "^(?:[- ](?:defen[cs]e|threat|alert|danger|hunters?|operators?|units?|forces|production|manufactur\\w*|"
                    + "factory|plant))", Pattern.CASE_INSENSITIVE);

    private static final Guard WORDS = Guard.anyOf("drone", "uav", "shahed", "geran", "lancet", "unmanned", "quadcopter",
            "vog", "iskander", "kn-23", "kn23", "kalibr", "kinzhal", "kh-", "x-", "kh1", "kh5", "kh2", "kh3", "x1", "x5",
            "s-", "c-", "s3", "s4", "c3", "c4", "missile", "rocket", "kab", "bomb", "umpk", "umpb", "fab", "artillery",
            "mortar", "mlrs", "multiple", "grad", "uragan", "smerch", "howitzer", "tank", "shell", "strike", "air raid",
            "aircraft");

    private Weapons() {
    }

    private static Cue cue(String regex, WeaponClass weaponClass, String model, boolean generic) {
        return new Cue(regex, weaponClass, model, generic);
    }

    /**
     * All cues as one alternation, one capturing group each, in the order above: one pass over the text finds
     * the leftmost weapon, and at one place the first (more specific) cue that fits wins.
     */
    private static final Pattern ANY_CUE = Pattern.compile(CUES.stream().map(cue -> "(" + cue.regex() + ")")
            .collect(Collectors.joining("|", "(?<![\\p{L}\\d-])(?:", ")(?![\\p{L}\\d])")),
            Pattern.CASE_INSENSITIVE);

    /**
     * Where a cue can begin, by the first two letters there. Searching the alternation along a sentence tries
     * every cue at every character; trying it only where a cue can begin, and not inside a word (where the
     * lookbehind fails), finds the same matches in a fraction of the time.
     */
    private static final SparseSearch CUE_STARTS = new SparseSearch(ANY_CUE);

    /** Every weapon named in the text, in order. */
    static List<WeaponMention> find(String text) {
        return find(Words.of(text));
    }

    /** {@link #find(String)} in a text whose lower case may have been made already. */
    static List<WeaponMention> find(Words words) {
        String text = words.text();
        List<WeaponMention> found = new ArrayList<>();
        if (!WORDS.admits(words)) {
            return found;
        }
        // the text around the region stays visible to the lookbehind and lookahead
        Matcher matcher = ANY_CUE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at < text.length(); at++) {
            if (at > 0 && insideWord(text.charAt(at - 1)) || !CUE_STARTS.mayStartAt(text, at)) {
                continue;
            }
            matcher.region(at, text.length());
            if (!matcher.lookingAt()) {
                continue;
            }
            at = matcher.end() - 1; // the next search begins where this match ends, as find() would
            if (!usedAsWeapon(text, matcher.start(), matcher.end())) {
                continue;
            }
            for (int group = 1; group <= CUES.size(); group++) {
                if (matcher.start(group) >= 0) {
                    Cue cue = CUES.get(group - 1);
                    found.add(new WeaponMention(cue.weaponClass(), cue.model(), matcher.start(), matcher.end(),
                            cue.generic()));
                    break;
                }
            }
        }
        return found;
    }

    /** What the cues' lookbehind refuses before a cue (a surrogate is left to the lookbehind to judge). */
    private static boolean insideWord(char before) {
        return Character.isLetter(before) || before >= '0' && before <= '9' || before == '-';
    }

    private static boolean usedAsWeapon(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        String after = text.substring(end, Math.min(text.length(), end + 16));
        return !(NOT_USED_BEFORE_WORDS.admitsAnyCase(before) && NOT_USED_BEFORE.matcher(before).find())
                && !NOT_USED_AFTER.matcher(after).lookingAt();
    }
}
