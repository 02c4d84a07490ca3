package io.strikeline.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ukraine's populated places and the region each lies in: which region a town, village or city in a
 * report is in ("Kupyansk" is Kupiansk, Kharkiv Oblast UA-63).
 *
 * <p>The data is kept in the project: {@code settlements-geonames.tsv}, generated from GeoNames
 * cities500 (CC BY 4.0) by {@code scripts/geonames/generate-settlements.sh}, and the hand-curated
 * {@code settlements-supplement.tsv} for front-line villages GeoNames lacks, renamings and common
 * spellings (see {@link SettlementSources} for how they merge). Kyiv is in Kyiv City (UA-30),
 * Sevastopol in Sevastopol (UA-40). Places in Russia are not in it.
 *
 * <p>Names match when their {@link NameKey}s are equal: case, apostrophes, hyphens and diacritics do
 * not count, but there is no fuzzy or partial matching, so "Kharkiv Oblast" or "Kryvyi Rih district"
 * match nothing (strip such words first, or use {@link Regions#resolve}). Many names are shared
 * (dozens of villages are called Mykolaivka): {@link #lookup} then answers the most populous of the
 * places with that name, the usual meaning in news, before any place that only has it as another
 * spelling or a former name; {@link #candidates} lists them all, in that order, for a caller that has
 * more context such as the region.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Gazetteer {

    /**
     * Places called by that name before places only also known by it, then the most populous first.
     * Alternates include historical names, so without the first rule Melitopol's old name would hide
     * the villages now called Novooleksandrivka, and Khotyn's Russian spelling the border town of Khotin.
     */
    private static final Comparator<Candidate> RANKING = Comparator
            .comparing(Candidate::byItsName, Comparator.reverseOrder())
            .thenComparing(Comparator.comparingLong((Candidate candidate) -> candidate.settlement().population()).reversed())
            .thenComparing(candidate -> candidate.settlement().name());

    private final Map<String, List<Settlement>> byKey;
    private final int size;

    private Gazetteer(List<SettlementSources.Keyed> settlements) {
        Map<String, List<Candidate>> candidates = new HashMap<>(settlements.size() * 16);
        for (SettlementSources.Keyed keyed : settlements) {
            List<String> keys = keyed.keys();
            for (int i = 0; i < keys.size(); i++) {
                candidates.computeIfAbsent(keys.get(i), unused -> new ArrayList<>(1))
                        .add(new Candidate(keyed.settlement(), i == 0));
            }
        }
        Map<String, List<Settlement>> ranked = new HashMap<>(candidates.size() * 2);
        for (Map.Entry<String, List<Candidate>> entry : candidates.entrySet()) {
            List<Candidate> list = entry.getValue();
            if (list.size() > 1) {
                list.sort(RANKING);
            }
            List<Settlement> settlementsForKey = new ArrayList<>(list.size());
            for (Candidate candidate : list) {
                settlementsForKey.add(candidate.settlement());
            }
            ranked.put(entry.getKey(), Collections.unmodifiableList(settlementsForKey));
        }
        this.byKey = ranked;
        this.size = settlements.size();
    }

    /** The gazetteer, read from the module's data files on first use and shared from then on. */
    public static Gazetteer load() {
        return Holder.INSTANCE;
    }

    /**
     * The place this name most likely means: an exact match on its name or one of its spellings
     * ("Kupyansk", "Куп'янськ", "Krivoy Rog", "Snake Island"); when several places match, the most
     * populous of those whose own name it is, else the most populous of those that have it as an alternate.
     */
    public Optional<Settlement> lookup(String name) {
        List<Settlement> matches = candidates(name);
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    /** Every place this name matches, in {@link #lookup}'s order of preference; empty when none does. */
    public List<Settlement> candidates(String name) {
        if (name == null) {
            return List.of();
        }
        return byKey.getOrDefault(NameKey.of(name), List.of());
    }

    /** How many places the gazetteer holds. */
    public int size() {
        return size;
    }

    /** A settlement as a match for one key, and whether that key is its own name. */
    private record Candidate(Settlement settlement, boolean byItsName) {
    }

    /** Loads on first use of {@link #load()}, once, thread-safely (class initialisation). */
    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer(SettlementSources.load());
    }
}
