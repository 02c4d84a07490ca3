package io.strikeline.aggregate;

import io.strikeline.avro.TallyContribution;
import io.strikeline.avro.WeaponClass;
import java.time.Instant;
import java.util.List;

/**
 * One attack as strikeline counts it: every event of the same weapon class and model whose reported time
 * windows overlap (directly or through one another), from however many sources. Its counts are the
 * largest any source reported, because sources overlap (an Air Force HQ post and a regional command
 * post about the same night) rather than add.
 */
public record Attack(WeaponClass weaponClass, String model, Instant windowStart, Instant windowEnd,
        Integer launched, Integer intercepted, Integer killed, Integer injured, List<TallyContribution> contributions) {

    public Attack {
        contributions = List.copyOf(contributions);
    }
}
