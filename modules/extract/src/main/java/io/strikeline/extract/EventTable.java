package io.strikeline.extract;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import io.strikeline.geo.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events of one article as they are read, one per (region, date, weapon class). A figure stated again
 * (the headline and the body, a lead and its update) is the same figure: the larger wins. Casualties stated
 * for different settlements of one event add up.
 */
final class EventTable {

    record Key(Region region, LocalDate date, WeaponClass weapon) {
    }

    static final class Draft {
        final Key key;
        DateBasis basis;
        String model;
        Integer launched;
        Integer intercepted;
        final Map<String, Integer> killedBySettlement = new LinkedHashMap<>();
        final Map<String, Integer> injuredBySettlement = new LinkedHashMap<>();
        final Set<String> settlements = new LinkedHashSet<>();
        Evidence evidence;
        double confidence;

        Draft(Key key, DateBasis basis, Evidence evidence, double confidence) {
            this.key = key;
            this.basis = basis;
            this.evidence = evidence;
            this.confidence = confidence;
        }

        void launched(Integer value) {
            launched = max(launched, value);
        }

        void intercepted(Integer value) {
            intercepted = max(intercepted, value);
        }

        void casualties(String settlement, Integer killed, Integer injured) {
            String where = settlement == null ? "" : settlement;
            if (killed != null) {
                killedBySettlement.merge(where, killed, Math::max);
            }
            if (injured != null) {
                injuredBySettlement.merge(where, injured, Math::max);
            }
        }

        Integer killed() {
            return total(killedBySettlement);
        }

        Integer injured() {
            return total(injuredBySettlement);
        }

        /** Figures given for a place and again without one are one figure; different places add up. */
        private static Integer total(Map<String, Integer> bySettlement) {
            if (bySettlement.isEmpty()) {
                return null;
            }
            int named = 0;
            boolean anyNamed = false;
            for (Map.Entry<String, Integer> entry : bySettlement.entrySet()) {
                if (!entry.getKey().isEmpty()) {
                    named += entry.getValue();
                    anyNamed = true;
                }
            }
            Integer unnamed = bySettlement.get("");
            if (!anyNamed) {
                return unnamed;
            }
            return unnamed == null ? named : Math.max(named, unnamed);
        }

        private static Integer max(Integer a, Integer b) {
            if (b == null) {
                return a;
            }
            return a == null || b > a ? b : a;
        }
    }

    private final Map<Key, Draft> drafts = new LinkedHashMap<>();

    /** The events read so far, in the order they were first read. */
    java.util.Collection<Draft> drafts() {
        return drafts.values();
    }

    Draft draft(Region region, DatedSentence date, WeaponClass weapon, Evidence evidence, double confidence) {
        Key key = new Key(region, date.date(), weapon);
        return drafts.computeIfAbsent(key, k -> new Draft(k, date.basis(), evidence, confidence));
    }

    /**
     * The events, after a weapon named for a region and day has absorbed that region and day's events
     * whose weapon was not named (the same strike, told twice) and glide bombs have absorbed "air strikes".
     */
    List<ExtractedEvent> events() {
        Map<String, List<Draft>> byRegionDay = new HashMap<>();
        for (Draft draft : drafts.values()) {
            byRegionDay.computeIfAbsent(draft.key.region().iso() + "|" + draft.key.date(), k -> new ArrayList<>()).add(draft);
        }
        Set<Key> absorbed = new LinkedHashSet<>();
        for (List<Draft> day : byRegionDay.values()) {
            List<Draft> named = day.stream().filter(d -> d.key.weapon() != WeaponClass.UNKNOWN).toList();
            boolean glideBombs = day.stream().anyMatch(d -> d.key.weapon() == WeaponClass.GLIDE_BOMB);
            for (Draft draft : day) {
                if (draft.key.weapon() == WeaponClass.UNKNOWN && !named.isEmpty() && sameStrike(draft, named)) {
                    named.forEach(target -> absorb(target, draft));
                    absorbed.add(draft.key);
                } else if (draft.key.weapon() == WeaponClass.AIRSTRIKE && glideBombs) {
                    day.stream().filter(d -> d.key.weapon() == WeaponClass.GLIDE_BOMB).forEach(target -> absorb(target, draft));
                    absorbed.add(draft.key);
                }
            }
        }
        List<ExtractedEvent> events = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            if (absorbed.contains(draft.key)) {
                continue;
            }
            events.add(new ExtractedEvent(draft.key.region(), draft.key.date(), draft.basis, draft.key.weapon(),
                    draft.model, draft.launched, draft.intercepted, draft.killed(), draft.injured(), null,
                    List.copyOf(draft.settlements), draft.evidence, draft.confidence));
        }
        return events;
    }

    /**
     * An unnamed weapon's event is a named one's strike told again, unless the text dated them by different
     * rules (a summary of "yesterday" beside a back-reference to "the night of May 14").
     */
    private static boolean sameStrike(Draft unknown, List<Draft> named) {
        return named.stream().anyMatch(draft -> draft.basis == unknown.basis);
    }

    private static void absorb(Draft target, Draft source) {
        target.settlements.addAll(source.settlements);
        if (target.killedBySettlement.isEmpty()) {
            target.killedBySettlement.putAll(source.killedBySettlement);
        }
        if (target.injuredBySettlement.isEmpty()) {
            target.injuredBySettlement.putAll(source.injuredBySettlement);
        }
    }
}
