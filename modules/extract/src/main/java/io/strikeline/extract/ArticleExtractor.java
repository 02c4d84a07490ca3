package io.strikeline.extract;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Region;
import io.strikeline.geo.Regions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * words or else by the last ones before it. Counts and casualties go to the region when the sentence names
 * one region; counts of a sentence naming several regions, or the country, are the national total ({@code
 * UA}). A sentence with casualties and no place continues the events of the sentence before it. Sentences
 * that report Ukrainian strikes, launch areas, alerts, captions, teasers or long-running background are
 * skipped.
 */
public final class ArticleExtractor {

    private static final Pattern ATTACK = Pattern.compile(
            "\\b(?:attack(?:s|ed|ing)?|strikes?|struck|striking|hit(?:s|ting)?|shell(?:s|ed|ing)|bombard\\w*|bombed|"
                    + "fired|firing|fire on|launched|launching|targeted|targeting|shot down|downed|destroyed|damaged|"
                    + "explosions?|blasts?|exploded|came under|under fire|under attack|dropped|raids?|pounded|"
                    + "assault)\\b", Pattern.CASE_INSENSITIVE);
    /** A Ukrainian side doing the attacking, or the Russian side reporting its air defence: not our events. */
    private static final Pattern UKRAINE_ATTACKS = Pattern.compile(
            "\\b(?:Ukrainian (?:drones?|strikes?|attacks?|forces|troops|army|missiles?|aircraft-type|unmanned)"
                    + "(?! (?:shot|downed|destroyed|intercepted|repelled|said|reported))|Ukraine's (?:drone|missile|attacks?|strikes?)"
                    + "|Ukraine (?:carried out|launched|attacked|struck|fired)|Kyiv's forces|Kyiv regime|"
                    + "Russian air defen[cs]es?|Russia-installed|Russian-installed|Russia-appointed|Moscow-installed|"
                    + "accused Ukraine|Russia's (?:defen[cs]e )?ministry|Russian (?:defen[cs]e )?ministry|"
                    + "targets of the strikes were reached|special (?:military )?operation)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALERT = Pattern.compile(
            "\\b(?:alerts?|sirens?|alarms?|warn(?:ed|s|ing)|threat of|all-clear)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONG_ATTACK = Pattern.compile(
            "\\b(?:hit|struck|explosions? (?:occurred|rocked|thundered|were heard|damaged)|killed|injured|wounded|damaged|"
                    + "destroyed|shot down|downed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile(
            "Getty Images|\\(AFP\\)|/ ?AFP\\b|Photo:|[Pp]hotograph shows|Illustrative|SOPA Images|\\(Photo|Credit:|"
                    + "This audio is|min read|^Source:|^Author:", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEASER = Pattern.compile("^(?:Read also|Also Read)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKGROUND = Pattern.compile(
            "\\b(?:regularly|constantly|every (?:day|night)|almost every|daily|frequent(?:ly)?|in recent (?:weeks|months|days)|"
                    + "recent months|past couple of months|since (?:the )?(?:beginning|start)|since (?:january|february|march|april|may|june|"
                    + "july|august|september|october|november|december|\\d)|have become|increasingly|typically|"
                    + "often|usually|began (?:to )?(?:launch|strik)|started striking|intensif\\w+|stepped up|continues? to|"
                    + "in (?:his|her|their) recent|is a daily|full-scale invasion|since moscow|escalated)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that make a count the country's: the Air Force's totals, or a target that is all of Ukraine. */
    private static final Pattern NATIONAL = Pattern.compile(
            "\\b(?:air force|across (?:the country|ukraine)|(?:at|on|against|over) ukraine|ukraine overnight|"
                    + "the country|its territory|ukrainian territory|regions of ukraine|ukrainian regions|"
                    + "several regions|(?:at|over|in|across) (?:\\w+ )?(?:different |other )?regions|throughout ukraine|"
                    + "russia (?:launched|fired|attacked)|russians? launched|russian forces (?:had )?launched|"
                    + "launched by russia|enemy launched|massive|combined)\\b", Pattern.CASE_INSENSITIVE);

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
        EventTable table = new EventTable();
        DatedSentence current = new DatedSentence(article.published(), DateBasis.PUBLISHED);
        List<EventTable.Draft> previous = List.of();
        for (Sentence sentence : sentencesOf(article)) {
            String text = sentence.text();
            Optional<DatedSentence> dated = Dates.of(text, article.published());
            DatedSentence date = dated.orElse(current);
            current = date;
            if (skipped(text)) {
                previous = List.of();
                continue;
            }
            previous = read(sentence, date, table, previous);
        }
        return table.events();
    }

    private static List<Sentence> sentencesOf(ArticleText article) {
        List<Sentence> sentences = new ArrayList<>();
        String title = article.title();
        if (title != null && !title.isBlank() && !article.text().contains(title.trim())) {
            // A headline the text does not repeat still names the place ("Russian attack on Kryvyi Rih kills 1").
            sentences.add(new Sentence(-1, 0, 0, title.trim(), -1));
        }
        sentences.addAll(Sentences.split(article.text()));
        return sentences;
    }

    private static boolean skipped(String text) {
        return CAPTION.matcher(text).find() || TEASER.matcher(text).find() || UKRAINE_ATTACKS.matcher(text).find()
                || BACKGROUND.matcher(text).find()
                || ALERT.matcher(text).find() && !STRONG_ATTACK.matcher(text).find();
    }

    /** Adds the sentence's events to the table; returns the events it spoke of, for the next sentence. */
    private List<EventTable.Draft> read(Sentence sentence, DatedSentence date, EventTable table,
            List<EventTable.Draft> previous) {
        String text = sentence.text();
        List<WeaponMention> weapons = Weapons.find(text);
        Set<WeaponClass> classes = classes(weapons);
        List<PlaceMention> targets = places.find(text).stream()
                .filter(place -> place.context() == PlaceMention.Context.TARGET).toList();
        Casualties.Figures casualties = Casualties.of(text);
        boolean attack = ATTACK.matcher(text).find() || !classes.isEmpty() && weapons.stream().anyMatch(w -> !w.generic())
                || weapons.stream().anyMatch(WeaponMention::generic);
        if (!attack) {
            if (casualties.any() && !previous.isEmpty()) {
                previous.forEach(draft -> draft.casualties(null, casualties.killed(), casualties.injured()));
                return previous;
            }
            return List.of();
        }
        List<WeaponCount> counts = WeaponCounts.find(text, weapons);
        Map<Region, List<String>> regions = new LinkedHashMap<>();
        for (PlaceMention target : targets) {
            List<String> settlements = regions.computeIfAbsent(target.region(), r -> new ArrayList<>());
            if (target.settlement() != null && !settlements.contains(target.settlement())) {
                settlements.add(target.settlement());
            }
        }
        double confidence = sentence.index() < 0 ? 0.6 : 0.8;
        Set<WeaponClass> eventClasses = classes.isEmpty() ? Set.of(WeaponClass.UNKNOWN) : classes;
        List<EventTable.Draft> drafts = new ArrayList<>();
        boolean national = NATIONAL.matcher(text).find() || regions.size() > 1 && !counts.isEmpty();
        if (!regions.isEmpty()) {
            boolean single = regions.size() == 1;
            for (Map.Entry<Region, List<String>> region : regions.entrySet()) {
                for (WeaponClass weapon : eventClasses) {
                    EventTable.Draft draft = table.draft(region.getKey(), date, weapon, sentence.evidence(), confidence);
                    draft.settlements.addAll(region.getValue());
                    if (draft.model == null) {
                        draft.model = model(weapons, weapon);
                    }
                    if (single && !national) {
                        applyCounts(draft, counts);
                    }
                    if (single) {
                        String settlement = region.getValue().size() == 1 ? region.getValue().get(0) : null;
                        draft.casualties(settlement, casualties.killed(), casualties.injured());
                    }
                    drafts.add(draft);
                }
            }
            if (national && !counts.isEmpty()) {
                drafts.addAll(nationalEvents(table, sentence, date, weapons, classes, counts, casualties, false));
            }
            return drafts;
        }
        if (!classes.isEmpty() && (national || !counts.isEmpty())) {
            return nationalEvents(table, sentence, date, weapons, classes, counts, casualties, true);
        }
        if (!previous.isEmpty()) {
            // "Three more people were injured, he added": the events of the sentence before.
            for (EventTable.Draft draft : previous) {
                draft.casualties(null, casualties.killed(), casualties.injured());
                if (classes.contains(draft.key.weapon())) {
                    applyCounts(draft, counts);
                }
            }
            return previous;
        }
        return List.of();
    }

    private static List<EventTable.Draft> nationalEvents(EventTable table, Sentence sentence, DatedSentence date,
            List<WeaponMention> weapons, Set<WeaponClass> classes, List<WeaponCount> counts,
            Casualties.Figures casualties, boolean withCasualties) {
        List<EventTable.Draft> drafts = new ArrayList<>();
        for (WeaponClass weapon : classes) {
            if (weapon == WeaponClass.ARTILLERY || weapon == WeaponClass.AIRSTRIKE) {
                continue; // front-line fire is local: a national total of shelling is not a thing reports give
            }
            EventTable.Draft draft = table.draft(Regions.NATIONAL, date, weapon, sentence.evidence(), 0.8);
            if (draft.model == null) {
                draft.model = model(weapons, weapon);
            }
            applyCounts(draft, counts);
            if (withCasualties) {
                draft.casualties(null, casualties.killed(), casualties.injured());
            }
            drafts.add(draft);
        }
        return drafts;
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
