package io.strikeline.extract;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Region;
import io.strikeline.geo.Regions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the strike events out of an English news article, by rules about the language rather than about
 * particular articles. Immutable and safe to share between threads.
 *
 * <p>Sentence by sentence: a sentence that reports a Russian attack (an attack word or a weapon used) on
 * Ukrainian places yields an event per region and weapon class it names, dated by the sentence's own time
 * words or else by the last ones before it (the first ones after it, for the lead). Counts and casualties go
 * to the region when the sentence names one region; counts of a sentence naming several regions, or the
 * country, are the national total ({@code UA}). A sentence that names no place continues the events of the
 * sentence before it ("Three more people were injured, he added"). Sentences that report Ukrainian strikes,
 * launch areas, alerts, reactions or long-running background are skipped, as are captions and teasers.
 */
public final class ArticleExtractor {

    /**
     * The version of these rules, carried by every event they make: bump it with a change that should tell events
     * read again (a replay with better rules) apart from earlier ones.
     */
    public static final String VERSION = "article-extractor/1";

    private static final Anchored ATTACK = new Anchored("\\b(?:attack(?:s|ed|ing)?|strikes?|struck|striking|hit(?:s|ting)?|shell(?:s|ed|ing)|bombard\\w*|bombed|"
                    + "fired|firing|fire on|launched|launching|targeted|targeting|shot down|downed|destroyed|damaged|"
                    + "explosions?|blasts?|exploded|came under|under fire|under attack|dropped|raids?|pounded|"
                    + "assault)\\b",
            "attack", "strike", "struck", "striking", "hit", "shell", "bombard", "bombed", "fired", "firing", "fire on", "launch", "target", "shot down", "downed", "destroyed", "damaged", "explosion", "blast", "exploded", "came under", "under fire", "under attack", "dropped", "raid", "pounded", "assault");
    /** The Ukrainian side attacking, or Russian officials speaking for occupied ground: not events here. */
    private static final Anchored UKRAINE_ATTACKS = new Anchored("\\b(?:Ukrainian (?:drones?|strikes?|attacks?|forces|troops|army|missiles?|aircraft-type|unmanned|shelling)"
                    + "(?! (?:shot|downed|destroyed|intercepted|repelled|said|reported))"
                    + "|Ukraine's (?:drone|missile|attacks?|strikes?)|Ukraine (?:carried out|launched|attacked|struck|fired)"
                    + "|Kyiv's forces|Kyiv regime|Russian air defen[cs]es?|Russia-installed|Russian-installed|Russia-appointed|"
                    + "Moscow-installed|accused Ukraine|special (?:military )?operation|Armed Forces of the Russian Federation"
                    + "|targets of the strikes were reached|retaliatory strikes?)",
            "ukrainian", "ukraine", "kyiv's", "kyiv regime", "russian air", "russia-installed", "russian-installed", "russia-appointed", "moscow-installed", "accused", "special", "armed forces", "targets of", "retaliatory");
    private static final Anchored ALERT = new Anchored("\\b(?:alerts?|sirens?|alarms?|warn(?:ed|s|ing)|threat of|all-clear)\\b",
            "alert", "siren", "alarm", "warn", "threat of", "all-clear");
    private static final Anchored STRONG_ATTACK = new Anchored("\\b(?:hit|struck|explosions? (?:occurred|rocked|thundered|were heard|damaged)|killed|injured|wounded|damaged|"
                    + "destroyed|shot down|downed)\\b",
            "hit", "struck", "explosion", "killed", "injured", "wounded", "damaged", "destroyed", "shot down", "downed");
    private static final Anchored CAPTION = new Anchored("Getty Images|\\(AFP\\)|/ ?AFP\\b|Photo:|[Pp]hotograph shows|Illustrative|SOPA Images|\\(Photo|Credit:|"
                    + "This audio is|min read|^Source:|^Author:|REUTERS/",
            "getty", "(afp", "/afp", "/ afp", "photo:", "photograph", "illustrative", "sopa", "(photo", "credit:", "this audio", "min read", "source:", "author:", "reuters/");
    private static final Pattern TEASER = Pattern.compile("^(?:Read also|Also Read)\\b", Pattern.CASE_INSENSITIVE);
    private static final Anchored BACKGROUND = new Anchored("\\b(?:regularly|constantly|every (?:day|night)|almost every|daily|frequent(?:ly)?|in recent (?:weeks|months|days)|"
                    + "recent months|past couple of months|since (?:the )?(?:beginning|start)|since (?:jan|feb|mar|apr|may|jun|jul|"
                    + "aug|sep|oct|nov|dec|\\d)\\w*|have become|increasingly|typically|often|usually|"
                    + "began (?:to )?(?:launch|strik)\\w*|started striking|intensif\\w+|stepped up|continues? to|"
                    + "is a daily|full-scale invasion|condemn\\w*|denounc\\w*|earlier this week|last week|this week|similar)\\b",
            "regularly", "constantly", "every", "almost every", "daily", "frequent", "in recent", "recent months", "past couple", "since", "have become", "increasingly", "typically", "often", "usually", "began", "started striking", "intensif", "stepped up", "continue", "is a daily", "full-scale", "condemn", "denounc", "earlier this week", "last week", "this week", "similar");
    /** A target that is the whole country, or several regions at once: the counts are the national total. */
    private static final Anchored COUNTRY_TARGET = new Anchored(
            "\\b(?:across (?:the country|ukraine)|(?:at|on|against|over|of|throughout) ukraine|ukraine overnight|"
                    + "the country|its territory|ukrainian territory|regions of ukraine|ukrainian regions|"
                    + "(?:at|over|in|across|within) (?:\\w+ )?(?:different |other |several |many )?regions|throughout the country|"
                    + "ukrainian (?:energy |power |critical |civilian |military )*(?:infrastructure|facilities|cities|energy system|"
                    + "power grid)|energy system of ukraine)\\b",
            "across", "at", "on", "against", "over", "of", "throughout", "ukrain", "the", "its", "regions", "in",
            "within", "energy");
    /** Who gives national totals: the Air Force, or Russia launching at large. */
    private static final Anchored NATIONAL_SOURCE = new Anchored(
            "\\b(?:air force|russia (?:launched|fired|attacked)|russians? launched|russian forces (?:had )?launched|"
                    + "launched by russia|enemy launched|ukraine (?:shoots|shot|downs|downed)|air defen[cs]es? "
                    + "(?:shot|downed|destroyed))\\b",
            "air force", "russia", "launched by", "enemy launched", "ukraine", "air defen");
    /** "the attack", "the strike": the same attack as before, with the weapon named there. */
    private static final Anchored SAME_ATTACK = new Anchored(
            "\\b(?:the|this|that) (?:attacks?|strikes?|shelling|hit)\\b", "the", "this", "that");
    /** Air defence at work: what it shot down is the weapon named before ("shot down 31 of them"). */
    private static final Anchored SHOT_DOWN = new Anchored(
            "\\b(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed)\\b", "shot down", "downed", "intercepted",
            "destroyed", "neutrali");
    /** "the region", "there": the place named before. */
    private static final Anchored SAME_PLACE = new Anchored(
            "\\b(?:the|that|this|his|her) (?:region|oblast|city|town|village|area|community|hromada)\\b(?! of)|\\bthere\\b",
            "the", "that", "this", "his", "her", "there");
    /** Crimea and Sevastopol: in a sentence that also lists Russian regions, a Russian official is speaking. */
    private static final Set<String> OCCUPIED_IN_RUSSIAN_LISTS = Set.of("UA-43", "UA-40");
    private static final Pattern CLAUSES = Pattern.compile(";|,? and that |, while |, but |, whereas ");

    /**
     * A sentence can report an attack only with one of these: attack words, weapons, casualties, damage. Those
     * without any are skipped before the costlier rules run (they are most sentences of most articles).
     */
    private static final Guard ABOUT_ATTACKS = Guard.anyOf("attack", "strike", "struck", "hit", "shell", "bomb", "fire",
            "firing", "launch", "target", "shot", "down", "destroy", "damage", "explo", "blast", "under", "drop", "raid",
            "pound", "assault", "kill", "dead", "died", "death", "injur", "wound", "hurt", "casualt", "victim", "drone",
            "uav", "missile", "rocket", "shahed", "kab", "artillery", "mortar", "mlrs", "grad", "uragan", "iskander",
            "kalibr", "kinzhal", "no one", "nobody");

    private final Places places;

    private ArticleExtractor(Gazetteer gazetteer) {
        this.places = new Places(gazetteer);
    }

    /** An extractor over the project's gazetteer (loaded once per JVM). */
    public static ArticleExtractor create() {
        return new ArticleExtractor(Gazetteer.load());
    }

    /** The events of one article, at most one per (region, date, weapon class); none for a negative article. */
    public List<ExtractedEvent> extract(ArticleText article) {
        return new Reading(article).events();
    }

    /** The state of reading one article. */
    private final class Reading {

        private final ArticleText article;
        private final List<Sentence> sentences;
        /** The sentences' words, read once for all the rules. */
        private final List<Words> words;
        private final boolean[] skipped;
        private final Set<Region> articleRegions = new LinkedHashSet<>();
        private final Set<String> russianHere = new HashSet<>();
        private final EventTable table = new EventTable();
        private List<EventTable.Draft> previous = List.of();
        private Map<Region, List<String>> lastTargets = Map.of();
        private Set<WeaponClass> lastClasses = Set.of();
        private int lastClassesAt = -10;
        /** The places of the sentence (or clause) being read, for {@link #classesFor}. */
        private List<PlaceMention> placesOfSentence = List.of();

        Reading(ArticleText article) {
            this.article = article;
            this.sentences = Sentences.split(article.text());
            this.words = sentences.stream().map(sentence -> Words.of(sentence.text())).toList();
            this.skipped = skippedSentences();
            for (int i = 0; i < sentences.size(); i++) {
                if (skipped[i]) {
                    continue;
                }
                for (PlaceMention place : places.findNamedRegions(words.get(i))) {
                    if (place.russian()) {
                        russianHere.add(place.name().toLowerCase(Locale.ROOT));
                    } else if (place.settlement() == null && place.context() != PlaceMention.Context.NOT_TARGET) {
                        articleRegions.add(place.region());
                    }
                }
            }
        }

        List<ExtractedEvent> events() {
            List<DatedSentence> dates = dates();
            for (int i = 0; i < sentences.size(); i++) {
                if (!skipped[i] && ABOUT_ATTACKS.admits(words.get(i))) {
                    readClauses(sentences.get(i), words.get(i), dates.get(i), i == 0 ? dates.get(0) : dates.get(i - 1));
                }
            }
            readTitle();
            return table.events();
        }

        /** Captions (their whole paragraph), the headline repeated as the first line, teasers and what they glue on. */
        private boolean[] skippedSentences() {
            boolean[] skip = new boolean[sentences.size()];
            Set<Integer> captionParagraphs = new HashSet<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (CAPTION.find(words.get(i))) {
                    captionParagraphs.add(sentences.get(i).paragraph());
                }
            }
            String title = article.title() == null ? "" : article.title().trim();
            int teaserParagraph = -1;
            for (int i = 0; i < sentences.size(); i++) {
                Sentence sentence = sentences.get(i);
                String text = sentence.text();
                boolean teaser = TEASER.matcher(text).lookingAt();
                skip[i] = captionParagraphs.contains(sentence.paragraph()) || teaser || sentence.paragraph() == teaserParagraph
                        || !title.isEmpty() && title.startsWith(text) && text.length() > 15
                        || UKRAINE_ATTACKS.find(words.get(i)) || BACKGROUND.find(words.get(i))
                        || ALERT.find(words.get(i)) && !STRONG_ATTACK.find(words.get(i));
                if (teaser && text.replaceAll("(?i)^(read also|also read)\\W*", "").isBlank()) {
                    teaserParagraph = sentence.paragraph() + 1; // "Read also:" closing a line: the teaser is the next
                }
            }
            return skip;
        }

        /** Each sentence's day: its own time words, else those before it; the lead takes the first ones given. */
        private List<DatedSentence> dates() {
            List<DatedSentence> dates = new ArrayList<>();
            DatedSentence published = new DatedSentence(article.published(), DateBasis.PUBLISHED);
            DatedSentence current = null;
            int undated = 0;
            for (int i = 0; i < sentences.size(); i++) {
                Optional<DatedSentence> own = skipped[i] ? Optional.empty()
                        : Dates.of(words.get(i), article.published(),
                                current == null ? article.published() : current.date());
                if (own.isPresent()) {
                    if (current == null) {
                        for (int k = 0; k < undated; k++) {
                            dates.set(k, own.get());
                        }
                    }
                    current = own.get();
                } else if (current == null) {
                    undated++;
                }
                dates.add(current == null ? published : current);
            }
            return dates;
        }

        /**
         * A sentence whose clauses speak of different days ("launched 16 drones during the attack and that two other
         * missiles had struck ... on Thursday evening") is read clause by clause.
         */
        private void readClauses(Sentence sentence, Words sentenceWords, DatedSentence date, DatedSentence prior) {
            String[] clauses = mayHaveClauses(sentence.text()) ? CLAUSES.split(sentence.text()) : null;
            if (clauses != null && clauses.length > 1) {
                List<Optional<DatedSentence>> own = new ArrayList<>();
                boolean differ = false;
                for (String clause : clauses) {
                    Optional<DatedSentence> cue = Dates.of(clause, article.published(), prior.date());
                    own.add(cue);
                    differ |= cue.isPresent() && !cue.get().date().equals(date.date());
                }
                if (differ) {
                    for (int k = 0; k < clauses.length; k++) {
                        read(sentence, Words.of(clauses[k]), own.get(k).orElse(prior));
                    }
                    return;
                }
            }
            read(sentence, sentenceWords, date);
        }

        /** Whether {@link #CLAUSES} could split the text: the split searches every character, these tests do not. */
        private static boolean mayHaveClauses(String text) {
            return text.indexOf(';') >= 0 || text.contains(" and that ") || text.contains(", while ")
                    || text.contains(", but ") || text.contains(", whereas ");
        }

        private void read(Sentence sentence, Words words, DatedSentence date) {
            String text = words.text();
            List<WeaponMention> weapons = Weapons.find(words);
            Set<WeaponClass> classes = classes(weapons);
            if (classes.isEmpty() && (SAME_ATTACK.find(words) || SHOT_DOWN.find(words))
                    && sentence.index() - lastClassesAt <= 3) {
                classes = lastClasses;
            } else if (weapons.stream().anyMatch(w -> !w.generic())) {
                lastClasses = classes;
                lastClassesAt = sentence.index();
            }
            Map<Region, List<String>> targets = targets(words);
            Casualties.Figures casualties = Casualties.of(words);
            boolean attack = ATTACK.find(words) || !weapons.isEmpty() || casualties.any() && !targets.isEmpty();
            if (!attack) {
                if (casualties.any()) {
                    previous.forEach(draft -> draft.casualties(null, casualties.killed(), casualties.injured()));
                }
                return;
            }
            List<WeaponCount> counts = WeaponCounts.find(text, weapons);
            Set<WeaponClass> eventClasses = classes.isEmpty() ? Set.of(WeaponClass.UNKNOWN) : classes;
            boolean countryTarget = COUNTRY_TARGET.find(words);
            if (!targets.isEmpty()) {
                lastTargets = targets;
                boolean single = targets.size() == 1;
                List<EventTable.Draft> drafts = new ArrayList<>();
                for (Map.Entry<Region, List<String>> region : targets.entrySet()) {
                    for (WeaponClass weapon : classesFor(region.getKey(), text, weapons, eventClasses)) {
                        EventTable.Draft draft = table.draft(region.getKey(), date, weapon, sentence.evidence(), 0.8);
                        draft.settlements.addAll(region.getValue());
                        if (draft.model == null) {
                            draft.model = model(weapons, weapon);
                        }
                        if (single && !countryTarget) {
                            applyCounts(draft, counts);
                        }
                        if (single) {
                            List<String> settlements = region.getValue();
                            draft.casualties(settlements.size() == 1 ? settlements.get(0) : null, casualties.killed(),
                                    casualties.injured());
                        }
                        drafts.add(draft);
                    }
                }
                if (countryTarget && !classes.isEmpty() || !single && !counts.isEmpty()) {
                    drafts.addAll(national(sentence, date, weapons, classes, counts, null));
                }
                previous = drafts;
                return;
            }
            if (!classes.isEmpty() && (countryTarget || NATIONAL_SOURCE.find(words))) {
                previous = national(sentence, date, weapons, classes, counts, casualties);
                return;
            }
            continuePrevious(sentence, date, classes, counts, casualties);
        }

        /**
         * With several weapons and places in one sentence, a place takes the weapons named between it and the next
         * place, and the group of weapons nearest before it ("the drone strike was followed by a missile strike that
         * targeted Kyiv and Kharkiv": missiles only); all of them when none is near.
         */
        private Set<WeaponClass> classesFor(Region region, String text, List<WeaponMention> weapons,
                Set<WeaponClass> all) {
            if (all.size() < 2) {
                return all;
            }
            List<PlaceMention> found = placesOfSentence;
            int at = -1;
            int next = text.length();
            for (int k = 0; k < found.size(); k++) {
                if (found.get(k).region() != null && found.get(k).region().equals(region)) {
                    at = found.get(k).start();
                    for (int j = k + 1; j < found.size(); j++) {
                        if (found.get(j).region() == null || !found.get(j).region().equals(region)) {
                            next = found.get(j).start();
                            break;
                        }
                    }
                    break;
                }
            }
            if (at < 0) {
                return all;
            }
            Set<WeaponClass> chosen = new LinkedHashSet<>();
            WeaponMention nearestBefore = null;
            for (WeaponMention weapon : weapons) {
                if (weapon.start() > at && weapon.start() < next) {
                    chosen.add(weapon.weaponClass());
                } else if (weapon.end() <= at) {
                    nearestBefore = weapon;
                }
            }
            if (nearestBefore != null) {
                int groupStart = nearestBefore.start();
                for (int k = weapons.size() - 1; k >= 0; k--) {
                    WeaponMention weapon = weapons.get(k);
                    if (weapon.end() <= groupStart && groupStart - weapon.end() <= 25) {
                        chosen.add(weapon.weaponClass());
                        groupStart = weapon.start();
                    }
                }
                chosen.add(nearestBefore.weaponClass());
            }
            chosen.retainAll(all);
            return chosen.isEmpty() ? all : chosen;
        }

        /** Where the sentence's attack fell: its targets, else the officials' regions it names, else "there". */
        private Map<Region, List<String>> targets(Words words) {
            List<PlaceMention> found = places.find(words, articleRegions);
            placesOfSentence = found;
            boolean russian = found.stream().anyMatch(PlaceMention::russian);
            List<PlaceMention> usable = found.stream()
                    .filter(place -> !place.russian() && !russianHere.contains(place.name().toLowerCase(Locale.ROOT)))
                    .filter(place -> !(russian && OCCUPIED_IN_RUSSIAN_LISTS.contains(place.region().iso())))
                    .toList();
            List<PlaceMention> chosen = usable.stream().filter(p -> p.context() == PlaceMention.Context.TARGET).toList();
            if (chosen.isEmpty()) {
                chosen = usable.stream().filter(p -> p.context() == PlaceMention.Context.TITLE).toList();
            }
            Map<Region, List<String>> targets = new LinkedHashMap<>();
            for (PlaceMention place : majority(chosen)) {
                List<String> settlements = targets.computeIfAbsent(place.region(), r -> new ArrayList<>());
                if (place.settlement() != null && !settlements.contains(place.settlement())) {
                    settlements.add(place.settlement());
                }
            }
            if (targets.isEmpty() && !russian && SAME_PLACE.find(words) && !lastTargets.isEmpty()) {
                lastTargets.keySet().forEach(region -> targets.put(region, List.of()));
            }
            return targets;
        }

        /** In a list of three or more places, the odd one out of the region most of them are in is a misreading. */
        private List<PlaceMention> majority(List<PlaceMention> chosen) {
            if (chosen.size() < 3) {
                return chosen;
            }
            Map<Region, Integer> byRegion = new LinkedHashMap<>();
            chosen.forEach(place -> byRegion.merge(place.region(), 1, Integer::sum));
            Map.Entry<Region, Integer> top = byRegion.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            boolean articleRegion = articleRegions.contains(top.getKey()) && top.getValue() >= 2;
            if (top.getValue() * 2 <= chosen.size() && !articleRegion) {
                return chosen;
            }
            return chosen.stream().filter(place -> place.region().equals(top.getKey()) || place.settlement() == null).toList();
        }

        private List<EventTable.Draft> national(Sentence sentence, DatedSentence date, List<WeaponMention> weapons,
                Set<WeaponClass> classes, List<WeaponCount> counts, Casualties.Figures casualties) {
            List<EventTable.Draft> drafts = new ArrayList<>();
            for (WeaponClass weapon : classes) {
                if (weapon == WeaponClass.ARTILLERY || weapon == WeaponClass.AIRSTRIKE) {
                    continue; // front-line fire is local: reports give no national totals of shelling
                }
                EventTable.Draft draft = table.draft(Regions.NATIONAL, date, weapon, sentence.evidence(), 0.8);
                if (draft.model == null) {
                    draft.model = model(weapons, weapon);
                }
                applyCounts(draft, counts);
                if (casualties != null) {
                    draft.casualties(null, casualties.killed(), casualties.injured());
                }
                drafts.add(draft);
            }
            return drafts;
        }

        /** A sentence naming no place goes on about the events of the sentence before it. */
        private void continuePrevious(Sentence sentence, DatedSentence date, Set<WeaponClass> classes,
                List<WeaponCount> counts, Casualties.Figures casualties) {
            if (casualties.killed() != null && casualties.killed() == 0 && casualties.injured() != null
                    && casualties.injured() == 0 && !classes.isEmpty()) {
                // "No casualties were reported in the overnight drone attack": every event of that attack.
                for (EventTable.Draft draft : table.drafts()) {
                    if (classes.contains(draft.key.weapon()) && draft.key.date().equals(date.date())) {
                        draft.casualties(null, 0, 0);
                    }
                }
                return;
            }
            List<EventTable.Draft> continued = new ArrayList<>();
            boolean allNational = previous.stream().allMatch(draft -> draft.key.region().isNational());
            for (EventTable.Draft draft : previous) {
                if (!draft.key.date().equals(date.date())) {
                    continue; // a sentence about another day is not more about the same attack
                }
                if (draft.key.weapon() == WeaponClass.UNKNOWN && !classes.isEmpty()) {
                    // The weapon of an attack reported before: "The strike was carried out by Iskander missiles".
                    for (WeaponClass weapon : classes) {
                        EventTable.Draft named = table.draft(draft.key.region(), new DatedSentence(draft.key.date(),
                                draft.basis), weapon, sentence.evidence(), 0.7);
                        named.settlements.addAll(draft.settlements);
                        applyCounts(named, counts);
                        named.casualties(null, casualties.killed(), casualties.injured());
                        continued.add(named);
                    }
                    continue;
                }
                draft.casualties(null, casualties.killed(), casualties.injured());
                // national totals take counts that follow them ("Of the drones, 84 were shot down"), but not a
                // count that follows a region's events
                if (classes.contains(draft.key.weapon()) && (!draft.key.region().isNational() || allNational)) {
                    applyCounts(draft, counts);
                }
                continued.add(draft);
            }
            previous = continued;
        }

        /** A headline the text does not repeat adds its places and casualties to the events the text gave them. */
        private void readTitle() {
            String title = article.title();
            if (title == null || title.isBlank() || article.text().contains(title.trim())) {
                return;
            }
            Map<Region, List<String>> targets = targets(Words.of(title));
            Casualties.Figures casualties = Casualties.of(title);
            if (targets.size() != 1) {
                return;
            }
            Map.Entry<Region, List<String>> target = targets.entrySet().iterator().next();
            for (EventTable.Draft draft : table.drafts()) {
                if (draft.key.region().equals(target.getKey())) {
                    draft.settlements.addAll(target.getValue());
                    if (draft.killed() == null && draft.injured() == null) {
                        draft.casualties(null, casualties.killed(), casualties.injured());
                    }
                }
            }
        }
    }

    private static void applyCounts(EventTable.Draft draft, List<WeaponCount> counts) {
        int launched = 0;
        int intercepted = 0;
        boolean anyLaunched = false;
        boolean anyIntercepted = false;
        for (WeaponCount count : counts) {
            if (count.weaponClass() != draft.key.weapon()) {
                continue;
            }
            if (count.role() == WeaponCount.Role.LAUNCHED) {
                launched += count.count();
                anyLaunched = true;
            } else {
                intercepted += count.count();
                anyIntercepted = true;
            }
        }
        if (anyLaunched) {
            draft.launched(launched);
        }
        if (anyIntercepted) {
            draft.intercepted(intercepted);
        }
    }

    /** The classes named; a specific weapon overrides "shelling" and "air strike" in the same sentence. */
    private static Set<WeaponClass> classes(List<WeaponMention> weapons) {
        Set<WeaponClass> specific = new LinkedHashSet<>();
        Set<WeaponClass> generic = new LinkedHashSet<>();
        for (WeaponMention weapon : weapons) {
            (weapon.generic() ? generic : specific).add(weapon.weaponClass());
        }
        boolean overriding = specific.contains(WeaponClass.DRONE) || specific.contains(WeaponClass.MISSILE)
                || specific.contains(WeaponClass.GLIDE_BOMB);
        if (!overriding) {
            specific.addAll(generic);
        }
        return specific;
    }

    private static String model(List<WeaponMention> weapons, WeaponClass weapon) {
        return weapons.stream().filter(w -> w.weaponClass() == weapon && w.model() != null)
                .map(WeaponMention::model).findFirst().orElse(null);
    }
}
