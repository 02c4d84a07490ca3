package io.strikeline.enrich;

import static io.strikeline.avro.WeaponClass.DRONE;
import static io.strikeline.avro.WeaponClass.MISSILE;
import static io.strikeline.avro.WeaponClass.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.avro.WeaponClass;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeaponCatalogueTest {

    private static final WeaponCatalogue CATALOGUE = WeaponCatalogue.load();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "Shahed-136/131|Shahed-136/131|DRONE",
        "Geran-2|Shahed-136/131|DRONE",
        "Lancet|Lancet|DRONE",
        "Orlan-10|Orlan-10|DRONE",
        "Supercam|Supercam|DRONE",
        "Unknown UAV|Unknown UAV|DRONE",
        "Молнія|Molniya|DRONE",
        "Iskander-M/KN-23|Iskander-M/KN-23|MISSILE",
        "Iskander-K|Iskander-K|MISSILE",
        "Kalibr|Kalibr|MISSILE",
        "X-101/X-555|Kh-101/Kh-555|MISSILE",
        "Kh-101|Kh-101|MISSILE",
        "X-59/X-69|Kh-59/Kh-69|MISSILE",
        "X-47 Kinzhal|Kh-47M2 Kinzhal|MISSILE",
        "C-300|S-300|MISSILE",
        "С-300|S-300|MISSILE",
        "Х-22|Kh-22|MISSILE",
        "3M22 Zircon|3M22 Zircon|MISSILE",
        "GBU|Guided aerial bomb|GLIDE_BOMB",
        "KAB|Guided aerial bomb|GLIDE_BOMB",
        "Aerial Bomb|Aerial bomb|AIRSTRIKE",
    })
    void shouldMapModelsToTheirClassWhateverTheSpelling(String text, String model, WeaponClass weaponClass) {
        assertThat(CATALOGUE.resolve(text)).containsExactly(new WeaponModel(model, weaponClass));
    }

    @Test
    void shouldSplitBundledModelsButNotTheSlashOfOneEntry() {
        assertThat(CATALOGUE.resolve("X-101/X-555 and Kalibr and Iskander-K")).containsExactly(
                new WeaponModel("Kh-101/Kh-555", MISSILE), new WeaponModel("Kalibr", MISSILE),
                new WeaponModel("Iskander-K", MISSILE));
        assertThat(CATALOGUE.resolve("Shahed-136/131 and Lancet")).extracting(WeaponModel::weaponClass)
                .containsExactly(DRONE, DRONE);
    }

    @Test
    void shouldTryTheVariantsOfAnUnknownSlashedName() {
        assertThat(CATALOGUE.resolve("Shahed-136/Geran-2")).containsExactly(new WeaponModel("Shahed-136", DRONE),
                new WeaponModel("Shahed-136/131", DRONE));
    }

    @Test
    void shouldKeepUnknownModelsAsWrittenWithClassUnknown() {
        assertThat(CATALOGUE.resolve("Iskander-M and Zmey-7")).containsExactly(new WeaponModel("Iskander-M", MISSILE),
                new WeaponModel("Zmey-7", UNKNOWN));
    }

    @Test
    void shouldResolveATextOfOnlySeparatorsToOneUnknownModelRatherThanNone() {
        assertThat(CATALOGUE.resolve(" , ")).containsExactly(new WeaponModel(",", UNKNOWN));
    }

    @Test
    void shouldRefuseACatalogueThatGivesOneAliasTwoMeanings() {
        assertThatThrownBy(() -> WeaponCatalogue.parse(new BufferedReader(new StringReader(
                "kalibr\tKalibr\tMISSILE\nkalibr\tKalibr\tDRONE\n")))).hasMessageContaining("already means");
    }

    @Test
    void shouldShipAWellStockedCatalogue() {
        assertThat(CATALOGUE.size()).isGreaterThan(100);
    }
}
