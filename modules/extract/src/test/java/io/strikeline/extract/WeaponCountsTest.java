package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.strikeline.avro.WeaponClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeaponCountsTest {

    private static List<WeaponCount> counts(String sentence) {
        return WeaponCounts.find(sentence, Weapons.find(sentence));
    }

    @Test
    void shouldReadNumeralsAndNumberWordsBeforeWeapons() {
        assertThat(counts("Russia launched 71 drones and four cruise missiles.")).extracting(WeaponCount::weaponClass,
                WeaponCount::count, WeaponCount::role).containsExactly(
                tuple(WeaponClass.DRONE, 71, WeaponCount.Role.LAUNCHED),
                tuple(WeaponClass.MISSILE, 4, WeaponCount.Role.LAUNCHED));
    }

    @Test
    void shouldReadWhatAirDefenceDownedAsIntercepted() {
        assertThat(counts("Air defence shot down 10 attack drones.")).extracting(WeaponCount::count, WeaponCount::role)
                .containsExactly(tuple(10, WeaponCount.Role.INTERCEPTED));
        assertThat(counts("Six of the drones were shot down.")).extracting(WeaponCount::count, WeaponCount::role)
                .containsExactly(tuple(6, WeaponCount.Role.INTERCEPTED));
        assertThat(counts("Forces downed all 14 drones launched by Russia.")).extracting(WeaponCount::count,
                WeaponCount::role).containsExactlyInAnyOrder(tuple(14, WeaponCount.Role.INTERCEPTED),
                tuple(14, WeaponCount.Role.LAUNCHED));
    }

    @Test
    void shouldNotCountMixedTotalsExplosionsOrAnIndefiniteArticle() {
        assertThat(counts("Russia fired more than 100 drones and missiles.")).isEmpty();
        assertThat(counts("There were 40 explosions from mortars.")).isEmpty();
        assertThat(counts("A missile hit the port.")).isEmpty();
        assertThat(counts("Debris from one downed drone fell on a house.")).isEmpty();
    }
}
