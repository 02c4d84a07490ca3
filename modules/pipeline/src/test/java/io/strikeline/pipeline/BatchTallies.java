package io.strikeline.pipeline;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import io.strikeline.avro.WeaponClass;
import io.strikeline.enrich.ReportNormalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tallies computed in one batch from the final state of the reports, written independently of the
 * streaming code's merge (pairwise overlap and union-find instead of a sweep), to check the stream against.
 */
final class BatchTallies {

    /** What a tally must say, without its last-updated time (which depends on history, not final state). */
    record Expected(String region, String regionName, long events, Map<WeaponClass, Integer> byWeapon, long launched,
            long intercepted, long killed, long injured, int sources) {
    }

    private BatchTallies() {
    }

    static Map<String, Expected> compute(Map<String, StrikeReport> reports, ReportNormalizer normalizer) {
        Map<String, List<StrikeEvent>> byRegionDay = new TreeMap<>();
        for (StrikeReport report : reports.values()) {
            for (StrikeEvent event : normalizer.normalize(report).events()) {
                byRegionDay.computeIfAbsent(event.getRegionIso() + "|" + event.getEventDate(), k -> new ArrayList<>())
                        .add(event);
            }
        }
        Map<String, Expected> expected = new TreeMap<>();
        byRegionDay.forEach((key, events) -> expected.put(key, tally(events)));
        return expected;
    }

    private static Expected tally(List<StrikeEvent> events) {
        int n = events.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sameAttack(events.get(i), events.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<StrikeEvent>> attacks = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            attacks.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(events.get(i));
        }
        Map<WeaponClass, Integer> byWeapon = new EnumMap<>(WeaponClass.class);
        long launched = 0;
        long intercepted = 0;
        for (List<StrikeEvent> attack : attacks.values()) {
            byWeapon.merge(attack.get(0).getWeaponClass(), 1, Integer::sum);
            launched += attack.stream().map(StrikeEvent::getLaunched).filter(Objects::nonNull).max(Integer::compare).orElse(0);
            intercepted += attack.stream().map(StrikeEvent::getIntercepted).filter(Objects::nonNull)
                    .max(Integer::compare).orElse(0);
        }
        Set<String> sources = new HashSet<>();
        events.forEach(event -> sources.add(event.getProvenance().getSourceId()));
        return new Expected(events.get(0).getRegionIso(), events.get(0).getRegionName(), attacks.size(), byWeapon,
                launched, intercepted, 0, 0, sources.size());
    }

    /** Same class, same model, and windows that overlap (sharing only an end point is not overlapping). */
    private static boolean sameAttack(StrikeEvent a, StrikeEvent b) {
        if (a.getWeaponClass() != b.getWeaponClass() || !Objects.equals(a.getWeaponModel(), b.getWeaponModel())) {
            return false;
        }
        Instant aStart = a.getWindowStart();
        Instant aEnd = a.getWindowEnd();
        Instant bStart = b.getWindowStart();
        Instant bEnd = b.getWindowEnd();
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
