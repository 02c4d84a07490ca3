package io.strikeline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.geo.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTargetsTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static ReportTargets.Targets resolve(String target, String... affected) {
        return ReportTargets.resolve(target, List.of(affected), GAZETTEER);
    }

    private static List<String> isos(ReportTargets.Targets targets) {
        return targets.regions().stream().map(named -> named.region().iso()).toList();
    }

    @Test
    void shouldNameNoRegionForUkraineAsAWhole() {
        ReportTargets.Targets targets = resolve("Ukraine");

        assertThat(targets.regions()).isEmpty();
        assertThat(targets.directions()).isEmpty();
        assertThat(targets.unresolved()).isEmpty();
    }

    @Test
    void shouldKeepDirectionsForReportsAboutPartsOfTheCountry() {
        assertThat(resolve("south and east").directions()).containsExactly("south", "east");
        assertThat(resolve("front line").directions()).containsExactly("front line");
        assertThat(resolve("Odesa oblast and north").directions()).containsExactly("north");
    }

    @Test
    void shouldResolveOblastsWithTheirDistrictsVariantsAndTypos() {
        assertThat(isos(resolve("Dnipropetrovsk oblast, Kryvyi Rih Raion"))).containsExactly("UA-12");
        assertThat(isos(resolve("Odesa oblast and Mykolaiv oblast and Kherson oblast")))
                .containsExactly("UA-51", "UA-48", "UA-65");
        assertThat(isos(resolve("Cehrnihiv oblast"))).containsExactly("UA-74");
        assertThat(isos(resolve("Kyiv oblast (south)"))).containsExactly("UA-32");
    }

    @Test
    void shouldResolveCitiesToTheirRegionAndNameThemAsSettlements() {
        ReportTargets.Targets targets = resolve("Kryvyi Rih");

        assertThat(isos(targets)).containsExactly("UA-12");
        assertThat(targets.regions().get(0).settlements()).containsExactly("Kryvyi Rih");
        assertThat(isos(resolve("Kyiv"))).containsExactly("UA-30");
        assertThat(isos(resolve("Starokostiantyniv"))).containsExactly("UA-68");
        assertThat(isos(resolve("Dnipro and Sumy oblast"))).containsExactly("UA-12", "UA-59");
    }

    @Test
    void shouldNeverTurnARussianRegionIntoAUkrainianOne() {
        ReportTargets.Targets targets = resolve("Sumy oblast and Kursk oblast");

        assertThat(isos(targets)).containsExactly("UA-59");
        assertThat(targets.unresolved()).isEmpty();
    }

    @Test
    void shouldSayWhenTheTargetIsOneRegionAndNothingElse() {
        assertThat(resolve("Kherson oblast").soleTargetRegion()).isTrue();
        assertThat(resolve("Dnipropetrovsk oblast, Kryvyi Rih Raion").soleTargetRegion()).isTrue();
        assertThat(resolve("Kherson oblast", "Kherson oblast").soleTargetRegion()).isTrue();
        assertThat(resolve("Ukraine", "Kherson oblast").soleTargetRegion()).isFalse();
        assertThat(resolve("Kherson oblast", "Mykolaiv oblast").soleTargetRegion()).isFalse();
        assertThat(resolve("Kherson oblast and south").soleTargetRegion()).isFalse();
        assertThat(resolve("Sumy oblast and Kursk oblast").soleTargetRegion()).isFalse();
        assertThat(resolve("Odesa oblast, Black Sea").soleTargetRegion()).isFalse();
        assertThat(resolve(null, "Kherson oblast").soleTargetRegion()).isFalse();
    }

    @Test
    void shouldAddAffectedRegionsOnceAndReportWhatItCannotPlace() {
        ReportTargets.Targets targets = resolve("Odesa oblast, Black Sea", "Odesa oblast", "Sumy oblast");

        assertThat(isos(targets)).containsExactly("UA-51", "UA-59");
        assertThat(targets.unresolved()).containsExactly("Black Sea");
    }
}
