package io.strikeline.aggregate;

import io.strikeline.avro.TallyContribution;
import io.strikeline.avro.WeaponClass;
import java.time.Instant;
import java.util.List;

/**
 * One attack as strikeline counts it (see {@link AttackMerger} for the rule): the reports of one weapon class and
 * model whose time windows overlap, and the articles that corroborate them, from however many sources. Sources
 * overlap (an Air Force HQ post and a regional command post about the same night, two outlets about one strike)
 * rather than add, so its counts are the largest a source gave, an official report's before the press's.
 *
 * @param contributions every supporting event, the official reports first
 */
public record Attack(WeaponClass weaponClass, String model, Instant windowStart, Instant windowEnd,
        Integer launched, Integer intercepted, Integer killed, Integer injured, List<TallyContribution> contributions) {

    public Attack {
        contributions = List.copyOf(contributions);
    }

    /** How many distinct source records (reports and articles) support the attack. */
    public int sourceCount() {
        return (int) contributions.stream().map(Contributions::source).distinct().count();
    }
}
