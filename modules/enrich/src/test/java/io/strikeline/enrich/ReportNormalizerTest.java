package io.strikeline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import io.strikeline.avro.WeaponClass;
import io.strikeline.geo.Gazetteer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportNormalizerTest {

    static final ReportNormalizer NORMALIZER = new ReportNormalizer(WeaponCatalogue.load(), Gazetteer.load());

    /** A report for the night 22-23 July 2025, 18:00 to 08:00 Kyiv time (UTC+3). */
    static StrikeReport.Builder report(String model, String target, List<String> affected) {
        return StrikeReport.newBuilder()
                .setReportId("r-1")
                .setSource("kpszsu/posts/example")
                .setWindowStart(Instant.parse("2025-07-22T15:00:00Z"))
                .setWindowStartHasTime(true)
                .setWindowEnd(Instant.parse("2025-07-23T05:00:00Z"))
                .setWindowEndHasTime(true)
                .setModel(model)
                .setTarget(target)
                .setAffectedRegions(affected)
                .setLaunched(71)
                .setDestroyed(45)
                .setRawFields(Map.of("time_start", "2025-07-22 18:00", "time_end", "2025-07-23 08:00"))
                .setIngestedAt(Instant.parse("2025-07-23T06:00:00Z"));
    }

    private static List<StrikeEvent> events(StrikeReport.Builder report) {
        return NORMALIZER.normalize(report.build()).events();
    }

    @Test
    void shouldGiveEveryReportANationalEventWithItsCountsOnTheDayTheWindowEnds() {
        StrikeEvent national = events(report("Shahed-136/131", "Ukraine", List.of())).get(0);

        assertThat(national.getEventId()).isEqualTo("r-1|UA|2025-07-23|DRONE");
        assertThat(national.getRegionIso()).isEqualTo("UA");
        assertThat(national.getRegionName()).isEqualTo("Ukraine (national total)");
        assertThat(national.getEventDate()).isEqualTo(LocalDate.of(2025, 7, 23));
        assertThat(national.getDateBasis()).isEqualTo(DateBasis.REPORT_WINDOW_END);
        assertThat(national.getWeaponClass()).isEqualTo(WeaponClass.DRONE);
        assertThat(national.getWeaponModel()).isEqualTo("Shahed-136/131");
        assertThat(national.getLaunched()).isEqualTo(71);
        assertThat(national.getIntercepted()).isEqualTo(45);
        assertThat(national.getWindowStart()).isEqualTo(Instant.parse("2025-07-22T15:00:00Z"));
        assertThat(national.getProvenance().getSourceKind()).isEqualTo(SourceKind.STRIKE_REPORT);
        assertThat(national.getProvenance().getSourceId()).isEqualTo("r-1");
        assertThat(national.getProvenance().getOutlet()).isEqualTo("Air Force of the Armed Forces of Ukraine");
        assertThat(national.getProvenance().getUrl()).isEqualTo("https://www.facebook.com/kpszsu/posts/example");
        assertThat(national.getProvenance().getEvidence())
                .isEqualTo("2025-07-22 18:00 to 2025-07-23 08:00: Shahed-136/131, launched 71, destroyed 45; target Ukraine");
        assertThat(national.getExtractorVersion()).isEqualTo(ReportNormalizer.VERSION);
        assertThat(national.getIngestedAt()).isEqualTo(Instant.parse("2025-07-23T06:00:00Z"));
    }

    @Test
    void shouldGiveASingleNamedRegionTheCounts() {
        List<StrikeEvent> events = events(report("Shahed-136/131", "Sumy oblast", List.of()));

        assertThat(events).extracting(StrikeEvent::getRegionIso).containsExactly("UA", "UA-59");
        assertThat(events.get(1).getLaunched()).isEqualTo(71);
        assertThat(events.get(1).getDirection()).isNull();
    }

    @Test
    void shouldLeaveCountsOffRegionsWhenSeveralShareATotal() {
        List<StrikeEvent> events = events(report("Shahed-136/131", "Ukraine", List.of("Sumy oblast", "Kharkiv oblast")));

        assertThat(events).extracting(StrikeEvent::getRegionIso).containsExactly("UA", "UA-59", "UA-63");
        assertThat(events.get(0).getLaunched()).isEqualTo(71);
        assertThat(events.subList(1, 3)).allSatisfy(event -> {
            assertThat(event.getLaunched()).isNull();
            assertThat(event.getIntercepted()).isNull();
        });
    }

    @Test
    void shouldNotGiveTheNationalTotalToTheOneRegionWhereHitsLanded() {
        List<StrikeEvent> events = events(report("Shahed-136/131", "Ukraine", List.of("Odesa oblast")));

        assertThat(events).extracting(StrikeEvent::getRegionIso).containsExactly("UA", "UA-51");
        assertThat(events.get(1).getLaunched()).isNull();
    }

    @Test
    void shouldNotGiveARegionCountsSharedWithADirection() {
        List<StrikeEvent> events = events(report("Shahed-136/131", "Odesa oblast and north", List.of()));

        assertThat(events.get(1).getRegionIso()).isEqualTo("UA-51");
        assertThat(events.get(1).getLaunched()).isNull();
    }

    @Test
    void shouldKeepCountsForATargetRegionNamedAgainAmongTheAffected() {
        List<StrikeEvent> events = events(report("Shahed-136/131", "Sumy oblast", List.of("Sumy oblast")));

        assertThat(events).hasSize(2);
        assertThat(events.get(1).getLaunched()).isEqualTo(71);
    }

    @Test
    void shouldKeepTheDirectionOnTheNationalEvent() {
        StrikeEvent national = events(report("Shahed-136/131", "south and east", List.of())).get(0);

        assertThat(national.getDirection()).isEqualTo("south; east");
        assertThat(national.getLaunched()).isEqualTo(71);
    }

    @Test
    void shouldNameTheModelsOfABundleOfOneClassTogether() {
        List<StrikeEvent> events = events(report("X-101/X-555 and Kalibr", "Kyiv", List.of()));

        assertThat(events).hasSize(2).allSatisfy(event -> {
            assertThat(event.getWeaponClass()).isEqualTo(WeaponClass.MISSILE);
            assertThat(event.getWeaponModel()).isEqualTo("Kh-101/Kh-555; Kalibr");
            assertThat(event.getLaunched()).isEqualTo(71);
        });
        assertThat(events.get(1).getSettlements()).containsExactly("Kyiv");
    }

    @Test
    void shouldSplitABundleOfSeveralClassesWithoutCounts() {
        List<StrikeEvent> events = events(report("C-300 and Shahed-136/131", "Kharkiv oblast", List.of()));

        assertThat(events).extracting(StrikeEvent::getEventId).containsExactly(
                "r-1|UA|2025-07-23|MISSILE", "r-1|UA-63|2025-07-23|MISSILE",
                "r-1|UA|2025-07-23|DRONE", "r-1|UA-63|2025-07-23|DRONE");
        assertThat(events).allSatisfy(event -> assertThat(event.getLaunched()).isNull());
    }

    @Test
    void shouldKeepAnUnknownModelWithClassUnknownAndSayWhichItWas() {
        ReportNormalizer.Normalized normalized = NORMALIZER.normalize(report("Zmey-7", "Ukraine", List.of()).build());

        assertThat(normalized.events()).singleElement().satisfies(event -> {
            assertThat(event.getWeaponClass()).isEqualTo(WeaponClass.UNKNOWN);
            assertThat(event.getWeaponModel()).isEqualTo("Zmey-7");
        });
        assertThat(normalized.unknownModels()).containsExactly("Zmey-7");
    }

    @Test
    void shouldDateADateOnlyWindowByItsEndDate() {
        StrikeReport dateOnly = report("Iskander-M", "Kharkiv oblast", List.of())
                .setWindowStart(Instant.parse("2025-01-09T22:00:00Z"))
                .setWindowStartHasTime(false)
                .setWindowEnd(Instant.parse("2025-01-09T22:00:00Z"))
                .setWindowEndHasTime(false)
                .build();

        assertThat(NORMALIZER.normalize(dateOnly).events()).allSatisfy(
                event -> assertThat(event.getEventDate()).isEqualTo(LocalDate.of(2025, 1, 10)));
    }
}
