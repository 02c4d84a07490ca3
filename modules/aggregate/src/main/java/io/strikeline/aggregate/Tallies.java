package io.strikeline.aggregate;

import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.TallyContribution;
import io.strikeline.avro.WeaponClass;
import io.strikeline.avro.WeaponClassCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A region-day tally from the events known for that region and day: attacks counted after merging
 * ({@link AttackMerger}), their counts summed, distinct sources counted. Null when no event is left,
 * which the topology writes as a tombstone.
 */
public final class Tallies {

    private Tallies() {
    }

    public static RegionDayTally of(RegionDayContributions day) {
        if (day == null || day.getContributions().isEmpty()) {
            return null;
        }
        List<Attack> attacks = AttackMerger.merge(day.getContributions(), day.getDate());
        Map<WeaponClass, Integer> byClass = new EnumMap<>(WeaponClass.class);
        attacks.forEach(attack -> byClass.merge(attack.weaponClass(), 1, Integer::sum));
        List<WeaponClassCount> byWeapon = new ArrayList<>();
        byClass.forEach((weaponClass, count) -> byWeapon.add(new WeaponClassCount(weaponClass, count)));
        Set<String> sources = new HashSet<>();
        Instant lastUpdated = Instant.EPOCH;
        for (TallyContribution contribution : day.getContributions()) {
            sources.add(Contributions.source(contribution));
            if (contribution.getIngestedAt().isAfter(lastUpdated)) {
                lastUpdated = contribution.getIngestedAt();
            }
        }
        return RegionDayTally.newBuilder()
                .setRegionIso(day.getRegionIso())
                .setRegionName(day.getRegionName())
                .setDate(day.getDate())
                .setEvents(attacks.size())
                .setEventsByWeapon(byWeapon)
                .setLaunched(sum(attacks, Attack::launched))
                .setIntercepted(sum(attacks, Attack::intercepted))
                .setKilled(sum(attacks, Attack::killed))
                .setInjured(sum(attacks, Attack::injured))
                .setDistinctSources(sources.size())
                .setLastUpdated(lastUpdated)
                .build();
    }

    /**
     * The tally as it was known at {@code instant}: the versions of the region-day's events that had entered the
     * pipeline by then and had not yet been revised or retracted. Null when none had.
     */
    public static RegionDayTally asOf(RegionDayContributions day, Instant instant) {
        return of(Contributions.knownAt(day, instant));
    }

    private static long sum(List<Attack> attacks, Function<Attack, Integer> count) {
        long total = 0;
        for (Attack attack : attacks) {
            Integer value = count.apply(attack);
            if (value != null) {
                total += value;
            }
        }
        return total;
    }
}
