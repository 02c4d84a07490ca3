package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Region;
import io.strikeline.geo.Regions;
import io.strikeline.geo.Settlement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Ukrainian regions and settlements a sentence names. Candidates are runs of capitalised words
 * (up to four, longest first); a run followed by "region", "oblast" or "province" (or ending a list that
 * such a plural word closes: "Volyn and Odesa regions") is read as a region, anything else first as a
 * region name ("Kharkiv", "Kyiv") and then as a settlement of the gazetteer. Russian places are recognised
 * so that they are never mistaken for Ukrainian ones, and are not returned.
 */
final class Places {

    private static final Set<String> REGION_WORDS = Set.of("region", "oblast", "province", "regions", "oblasts",
            "provinces", "krai", "region's", "oblast's", "area", "areas", "regional", "oblast-wide");
    private static final Set<String> PLURAL_REGION_WORDS = Set.of("regions", "oblasts", "provinces", "areas");
    /** After "Kyiv", words that make it the government, not the city: "allowed Kyiv to ship grain". */
    private static final Set<String> GOVERNMENT_VERBS = Set.of("to", "has", "had", "is", "was", "will", "would", "said",
            "says", "wants", "accused", "denied", "claimed", "insists", "and", "must", "should", "could", "can");
    private static final Set<String> UNIT_WORDS = Set.of("district", "raion", "districts", "hromada", "community",
            "communities", "hromadas", "direction", "axis", "sector", "front");
    private static final Set<String> LIST_JOINERS = Set.of("and", ",", "as", "well");
    /** Capitalised words that are never the start of a place name here (sentence-initial words, titles). */
    private static final Set<String> NOT_PLACES = Set.of("the", "a", "an", "in", "on", "at", "of", "and", "but",
            "also", "after", "as", "according", "earlier", "later", "meanwhile", "overnight", "yesterday", "today",
            "russia", "russian", "russians", "ukraine", "ukrainian", "ukrainians", "air", "force", "regional",
            "military", "administration", "governor", "head", "president", "ministry", "defense", "defence",
            "state", "emergency", "service", "police", "telegram", "read", "recall", "photo", "source", "details",
            "quote", "updated", "new", "north", "south", "east", "west", "central", "northern", "southern",
            "eastern", "western", "this", "that", "there", "these", "those", "his", "her", "their", "it", "we",
            "all", "some", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "city",
            "village", "town", "region", "oblast", "district", "community", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "mayor", "general", "black", "sea",
            "bay", "port", "river", "bridge", "power", "energy", "moscow", "kremlin", "nato", "un", "us", "eu",
            "zelensky", "zelenskyy", "zelenskiy", "putin", "trump", "biden", "war", "sunday's", "saturday's",
            "ukrinform", "reuters", "afp", "tass", "unn", "rbc", "strana", "hajun", "mirror", "week", "ria",
            "interfax", "sputnik", "kyiv's", "ukraine's", "russia's", "oleh", "ihor", "oleksandr", "serhii",
            "vadym", "ivan", "vitalii", "dmytro", "oleg", "yuriy", "andrii", "ukrenergo", "naftogaz", "dtek",
            "shahed", "shaheds", "iskander", "kalibr", "kinzhal", "kab", "kabs", "uav", "uavs", "mlrs", "grad",
            "uragan", "uragans", "geran", "lancet", "patriot", "iris-t", "f-16", "mig", "su", "tu", "enemy",
            "dnieper", "danube", "stepove");

    private static final Region KYIV_CITY = Regions.byIso("UA-30").orElseThrow();
    /** "the capital" in Ukrainian news is Kyiv; "Ukraine's capital" too. */
    private static final Pattern CAPITAL = Pattern.compile("\\b(?:the|Ukraine's|Ukrainian) capital\\b(?!,? (?:Kyiv|Kiev))");
    private static final Pattern RUSSIAN_CAPITAL_BEFORE = Pattern.compile("(?:Russia|Russian|Moscow|towards?|heading)\\W*\\w*\\W*$",
            Pattern.CASE_INSENSITIVE);

    /** Region lookups by name, remembered: the same few names come back in every article. */
    private static final Lookups<Optional<Region>> REGION = new Lookups<>(Regions::resolve);
    private static final Lookups<Boolean> RUSSIAN = new Lookups<>(Regions::isRussianRegion);

    /** The gazetteer's places by name, remembered: each lookup normalises the name afresh. */
    private final Lookups<List<Settlement>> candidates;

    Places(Gazetteer gazetteer) {
        this.candidates = new Lookups<>(gazetteer::candidates);
    }

    /**
     * The places of a sentence. A name that several places share is read as the one in a preferred region
     * (the regions the article names), as a reader of that article would: "Mykolaiv community" in a report
     * about Sumy Oblast is the village there, not the city.
     */
    List<PlaceMention> find(Words sentence, Set<Region> preferred) {
        return find(sentence, preferred, false);
    }

    /**
     * Only the places a sentence names as regions or districts ("Sumy Oblast", "the Nikopol district"), and
     * the places it calls Russian ("the Russian city of X"): what a first reading of an article collects, at a
     * fraction of the cost of {@link #find}.
     */
    List<PlaceMention> findNamedRegions(Words sentence) {
        return find(sentence, Set.of(), true);
    }

    private List<PlaceMention> find(Words words, Set<Region> preferred, boolean namedRegionsOnly) {
        String sentence = words.text();
        List<Token> tokens = words.tokens();
        List<PlaceMention> found = new ArrayList<>();
        Scan scan = words.placeScan(Scan::new);
        boolean[] regionalList = scan.regionalList;
        boolean[] kindWords = scan.kindWords;
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) {
                i++; // no name begins with a lower case word: candidate() would refuse every length
                continue;
            }
            int matched = 0;
            for (int length = Math.min(4, tokens.size() - i); length >= 1 && matched == 0; length--) {
                if (!candidate(tokens, i, length, kindWords) || namedRegionsOnly && !namedAsRegion(scan, tokens, i, length)) {
                    continue;
                }
                Optional<PlaceMention> place = resolve(scan, tokens, i, length, regionalList[i + length - 1], preferred);
                if (place.isPresent()) {
                    found.add(place.get());
                    matched = length;
                }
            }
            i += Math.max(1, matched);
        }
        // every match has " capital" in it: most sentences do not, and a substring test tells so cheaply
        Matcher capital = CAPITAL.matcher(sentence);
        while (!namedRegionsOnly && sentence.contains(" capital") && capital.find()) {
            String before = sentence.substring(Math.max(0, capital.start() - 30), capital.start());
            if (!RUSSIAN_CAPITAL_BEFORE.matcher(before).find()) {
                found.add(new PlaceMention(KYIV_CITY, "Kyiv", capital.group(), capital.start(), capital.end(),
                        scan.context(capital.start(), capital.end())));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static boolean namedAsRegion(Scan scan, List<Token> tokens, int i, int length) {
        int end = i + length;
        String next = end < tokens.size() ? tokens.get(end).lower() : "";
        return scan.regionalList[end - 1] || REGION_WORDS.contains(next) || UNIT_WORDS.contains(next)
                || scan.russianByContext(tokens.get(i).start());
    }

    /**
     * Whether tokens[i, i + length) could be a name: capitalised words, the first not a stop word.
     *
     * @param kindWords by token, whether it is a region or unit word ({@link #kindWords})
     */
    private static boolean candidate(List<Token> tokens, int i, int length, boolean[] kindWords) {
        for (int k = i; k < i + length; k++) {
            Token token = tokens.get(k);
            if (!token.capitalised() && !(k > i && k < i + length - 1 && token.text().equals("-"))) {
                return false;
            }
            if (kindWords[k]) {
                return false;
            }
        }
        return !NOT_PLACES.contains(tokens.get(i).lower()) || length > 1 && !isStopRun(tokens, i, length);
    }

    private static boolean isStopRun(List<Token> tokens, int i, int length) {
        for (int k = i; k < i + length; k++) {
            if (!NOT_PLACES.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The place tokens[i, i + length) names. Empty if it names nothing known; a mention with a null region
     * if it names Russian territory (so that the caller skips its words).
     */
    private Optional<PlaceMention> resolve(Scan scan, List<Token> tokens, int i, int length, boolean inRegionList,
            Set<Region> preferred) {
        Optional<PlaceMention> place = resolveUkrainian(scan, tokens, i, length, inRegionList, preferred);
        if (place.isPresent() && !place.get().russian() && scan.russianByContext(place.get().start())) {
            // "the Russian city of Sevastopol": how the text sees it, whatever the map says
            PlaceMention ukrainian = place.get();
            return Optional.of(new PlaceMention(null, null, ukrainian.name(), ukrainian.start(), ukrainian.end(),
                    PlaceMention.Context.NOT_TARGET));
        }
        return place;
    }

    private Optional<PlaceMention> resolveUkrainian(Scan scan, List<Token> tokens, int i, int length,
            boolean inRegionList, Set<Region> preferred) {
        String sentence = scan.sentence;
        int end = i + length;
        String name = sentence.substring(tokens.get(i).start(), tokens.get(end - 1).end());
        String next = end < tokens.size() ? tokens.get(end).lower() : "";
        boolean regionWord = REGION_WORDS.contains(next) || inRegionList;
        boolean unitWord = UNIT_WORDS.contains(next);
        int spanEnd = regionWord && REGION_WORDS.contains(next) ? tokens.get(end).end() : tokens.get(end - 1).end();
        int start = tokens.get(i).start();
        if (RUSSIAN.get(name)) {
            return Optional.of(new PlaceMention(null, null, name, start, spanEnd, PlaceMention.Context.NOT_TARGET));
        }
        if (regionWord) {
            return REGION.get(name + " region").map(region -> new PlaceMention(region, null, name, start, spanEnd,
                    scan.context(start, spanEnd)));
        }
        if (length == 1 && personName(tokens, end)) {
            return Optional.empty();
        }
        Optional<Region> region = REGION.get(name);
        if (region.isPresent() && region.get().equals(KYIV_CITY) && GOVERNMENT_VERBS.contains(next)
                && !(next.equals("and") && end + 1 < tokens.size() && tokens.get(end + 1).capitalised()
                        && !tokens.get(end + 1).lower().equals("moscow"))) {
            return Optional.of(new PlaceMention(region.get(), null, name, start, spanEnd, PlaceMention.Context.NOT_TARGET));
        }
        Optional<Settlement> settlement = settlement(name, preferred);
        if (region.isPresent()) {
            String city = settlement.filter(s -> s.region().equals(region.get())).map(Settlement::name).orElse(null);
            if (region.get().iso().equals("UA-30")) {
                city = "Kyiv";
            }
            return Optional.of(new PlaceMention(region.get(), unitWord ? null : city, name, start, spanEnd,
                    scan.context(start, spanEnd)));
        }
        if (settlement.isPresent()) {
            if (length == 1 && settlement.get().population() < 1000 && !unitWord && !precededByPlaceWord(sentence, start)) {
                return Optional.empty(); // a one-word hamlet name is too often an ordinary word or a surname
            }
            String place = unitWord && !next.startsWith("hromada") && !next.startsWith("communit")
                    ? null : settlement.get().name();
            return Optional.of(new PlaceMention(settlement.get().region(), place, name, start, spanEnd,
                    scan.context(start, spanEnd)));
        }
        return Optional.empty();
    }

    /** The place a name means: in a preferred region if one there has it, else the gazetteer's first choice. */
    private Optional<Settlement> settlement(String name, Set<Region> preferred) {
        List<Settlement> named = candidates.get(name);
        if (named.isEmpty() && name.indexOf('G') + name.indexOf('g') > -2) {
            // Russian-based spellings write Ukrainian Г as G: Girnyk is Hirnyk, Gulyaypole Huliaipole.
            named = candidates.get(name.replace('G', 'H').replace('g', 'h'));
        }
        for (Settlement candidate : named) {
            if (preferred.contains(candidate.region())) {
                return Optional.of(candidate);
            }
        }
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(0));
    }

    /** "Volodymyr Kudrytsky", "Vitalii Kim": a first name that is also a town, followed by a surname. */
    private static boolean personName(List<Token> tokens, int next) {
        if (next >= tokens.size()) {
            return false;
        }
        Token following = tokens.get(next);
        String lower = following.lower();
        return following.capitalised() && !following.text().equals(following.text().toUpperCase(Locale.ROOT))
                && !REGION_WORDS.contains(lower) && !UNIT_WORDS.contains(lower) && !NOT_PLACES.contains(lower)
                && following.start() - tokens.get(next - 1).end() == 1;
    }

    private static final Pattern PLACE_WORD_BEFORE = Pattern.compile(
            "(?:village|town|city|settlement|community|hromada|villages|towns|settlements|communities|of|in|on|near)"
                    + "(?: of)?\\s*$", Pattern.CASE_INSENSITIVE);

    private static boolean precededByPlaceWord(String sentence, int start) {
        return PLACE_WORD_BEFORE.matcher(sentence.substring(Math.max(0, start - 20), start)).find();
    }

    private static final Pattern RUSSIAN_BEFORE = Pattern.compile(
            "(?:Russia's|Russian (?:city|town|village|region|oblast|republic) of|in Russia,?|Russian-held)\\s*(?:southern |western |northern |eastern |border )*$",
            Pattern.CASE_INSENSITIVE);


    /** Launch areas ("launched from X"), flight paths ("through X"), titles ("X governor") are not targets. */
    private static final Pattern NOT_TARGET_BEFORE = Pattern.compile(
            "(?:\\bfrom (?:the )?(?:direction of )?(?:(?:partially |temporarily )?occupied |annexed )?(?:\\w+ )?|"
                    + "\\bthrough (?:the )?|\\bvia (?:the )?|\\btowards? (?:the )?|\\bin the direction of (?:the )?|"
                    + "\\bhead(?:ing)? (?:for|to) (?:the )?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_TARGET_AFTER = Pattern.compile(
            "^(?:'s)?\\s*(?:direction|axis|sector)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?:governor|head|mayor|chief|administration|council) of (?:the )?$", Pattern.CASE_INSENSITIVE);
    /** What every match of {@link #TITLE_BEFORE} holds: "of" alone is in most windows, these in few. */
    private static final Guard TITLE_BEFORE_WORDS = Guard.anyOf("governor of", "head of", "mayor of", "chief of",
            "administration of", "council of");

    private static final Pattern LAUNCHED_FROM_BEFORE = Pattern.compile(
            "\\b(?:launched|fired|took off|flew|flying|coming|approaching|came|sent|launches)\\s+from\\b"
                    + "(?:(?! and | which | that | before | then )[^,;.])*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_LOCATION_BEFORE = Pattern.compile(
            "\\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|kilometres|kilometers|km|miles|border with) "
                    + "(?:of|from) (?:the )?(?:capital )?$", Pattern.CASE_INSENSITIVE);
    /** A dateline: "KYIV >>", "Kyiv:", "Kharkiv (Reuters) -". */
    private static final Pattern DATELINE_AFTER = Pattern.compile(
            "^\\s*(?:,\\s*Ukraine\\s*)?(?:>>|:|—|–|-\\s|\\((?:Reuters|AP|AFP|dpa|UNN|Ukrinform)\\))");
    /** An official's title: "the Sumy Regional Military Administration said". */
    private static final Pattern TITLE_AFTER = Pattern.compile(
            "^(?:'s)?\\s*(?:regional |oblast |city |district )?(?:governor|mayor|(?:military |state )?administration|council|"
                    + "police|prosecutor|OVA|RMA|MVA|head)", Pattern.CASE_INSENSITIVE);

    private static PlaceMention.Context context(String sentence, int start, int end) {
        String before = sentence.substring(Math.max(0, start - 80), start);
        String near = sentence.substring(Math.max(0, start - 45), start);
        String after = sentence.substring(end, Math.min(sentence.length(), end + 40));
        String nearLower = near.toLowerCase(Locale.ROOT);
        // the patterns read "after" from its start (^): lookingAt() tries there only, find() at every character
        // the words each rule needs, tested first: most places have none of them around
        boolean preposition = nearLower.contains("from") || nearLower.contains("through") || nearLower.contains("via")
                || nearLower.contains("toward") || nearLower.contains("direction") || nearLower.contains("head");
        if (preposition && NOT_TARGET_BEFORE.matcher(near).find() || NOT_TARGET_AFTER.matcher(after).lookingAt()
                || before.contains("from") && LAUNCHED_FROM_BEFORE.matcher(before).find()
                || (nearLower.contains(" of") || nearLower.contains("from")) && RELATIVE_LOCATION_BEFORE.matcher(near).find()
                || start < 2 && DATELINE_AFTER.matcher(after).lookingAt()) {
            return PlaceMention.Context.NOT_TARGET;
        }
        if (TITLE_BEFORE_WORDS.admitsLowerCase(nearLower) && TITLE_BEFORE.matcher(near).find() || TITLE_AFTER.matcher(after).lookingAt()) {
            return PlaceMention.Context.TITLE;
        }
        return PlaceMention.Context.TARGET;
    }

    /**
     * What the place rules read in a sentence before they try its names, kept with the sentence's {@link Words}: an
     * article's sentences are read twice ({@link #findNamedRegions}, then {@link #find}), and a place found in both
     * readings has its context judged once.
     */
    static final class Scan {

        private final String sentence;
        /** By token: whether it belongs to a list of names that a plural region word closes. */
        private final boolean[] regionalList;
        /** By token: whether it is a region or unit word. */
        private final boolean[] kindWords;
        /** The sentence in lower case if lowering moved no character (its offsets are the sentence's), else null. */
        private final String alignedLower;
        /** Where the sentence first says "Russia" (in any case), or -1. */
        private final int russia;
        /** The contexts judged so far: spans as (start, end) pairs, and the context of each. */
        private final List<int[]> spans = new ArrayList<>(4);
        private final List<PlaceMention.Context> contexts = new ArrayList<>(4);

        Scan(Words words) {
            this.sentence = words.text();
            List<Token> tokens = words.tokens();
            this.regionalList = listsClosedByRegionWord(tokens);
            this.kindWords = kindWords(tokens);
            String lower = words.lower();
            this.alignedLower = lower.length() == sentence.length() ? lower : null;
            this.russia = saysRussiaAt(0, sentence.length());
        }

        /** Where text[from, to) first says "Russia" in any case, or -1. */
        private int saysRussiaAt(int from, int to) {
            if (alignedLower == null) {
                return AnyCase.indexOf(sentence, from, to, "russia");
            }
            // the lower case's indexOf is the JIT's fast search
            int at = alignedLower.indexOf("russia", from);
            return at >= 0 && at + "russia".length() <= to ? at : -1;
        }

        /** Whether the words before a place call it Russian: "the Russian city of Sevastopol", "Russia's Belgorod". */
        boolean russianByContext(int start) {
            int from = Math.max(0, start - 40);
            // every form of the rule says "Russia": most sentences and windows do not, and a substring test tells so
            // cheaply; a window can only hold it if the first "Russia" of the sentence ends before the window does
            return russia >= 0 && russia + "russia".length() <= start && saysRussiaAt(from, start) >= 0
                    && RUSSIAN_BEFORE.matcher(sentence.substring(from, start)).find();
        }

        PlaceMention.Context context(int start, int end) {
            for (int k = 0; k < spans.size(); k++) {
                if (spans.get(k)[0] == start && spans.get(k)[1] == end) {
                    return contexts.get(k);
                }
            }
            PlaceMention.Context context = Places.context(sentence, start, end);
            spans.add(new int[] {start, end});
            contexts.add(context);
            return context;
        }
    }

    /**
     * For each capitalised token, whether it is a region or unit word ("Oblast", "District"): looked up once, where
     * {@link #candidate} asks for every length of run that holds it. Other tokens are marked false: the only other
     * token a name may hold is "-", which is neither.
     */
    private static boolean[] kindWords(List<Token> tokens) {
        boolean[] kind = new boolean[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            kind[k] = token.capitalised() && (REGION_WORDS.contains(token.lower()) || UNIT_WORDS.contains(token.lower()));
        }
        return kind;
    }

    /** For each token, whether it belongs to a list of names that a plural region word closes. */
    private static boolean[] listsClosedByRegionWord(List<Token> tokens) {
        boolean[] inList = new boolean[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            String lower = tokens.get(k).lower();
            // every plural region word ends in 's': a character test spares most words the hash lookup
            if (lower.charAt(lower.length() - 1) != 's' || !PLURAL_REGION_WORDS.contains(lower)) {
                continue;
            }
            for (int j = k - 1; j >= 0; j--) {
                Token token = tokens.get(j);
                if (token.capitalised() || LIST_JOINERS.contains(token.lower())) {
                    inList[j] = token.capitalised();
                } else {
                    break;
                }
            }
        }
        return inList;
    }
}
