package io.strikeline.aggregate;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.Provenance;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.WeaponClass;
import io.strikeline.serde.AvroClassTrust;
import io.strikeline.topics.EventIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Strike events for aggregation tests, with windows given in Kyiv local time. */
final class TestEvents {

    static final Instant INGESTED = Instant.parse("2025-07-24T06:00:00Z");

    static {
        // Tests copy events with newBuilder(event), which has Avro load the generated classes: a serde would
        // declare them trusted, and a test that runs before any serde is made must do it itself.
        AvroClassTrust.trustPackages(List.of("io.strikeline.avro"));
    }

    private TestEvents() {
    }

    /** The attacks among events of one region-day, as the tallies merge them. */
    static java.util.List<Attack> merge(StrikeEvent... events) {
        return AttackMerger.merge(java.util.Arrays.stream(events).map(Contributions::of).toList(),
                events[0].getEventDate());
    }

    /** A report event: windows "2025-07-22T18:00" to "2025-07-23T08:00", Kyiv time. */
    static StrikeEvent report(String id, String source, String region, WeaponClass weaponClass, String model,
            String from, String to, Integer launched, Integer intercepted) {
        Instant start = LocalDateTime.parse(from).atZone(AttackMerger.KYIV).toInstant();
        Instant end = LocalDateTime.parse(to).atZone(AttackMerger.KYIV).toInstant();
        return base(id, source, SourceKind.STRIKE_REPORT, region, LocalDate.parse(to.substring(0, 10)), weaponClass)
                .setDateBasis(DateBasis.REPORT_WINDOW_END)
                .setWeaponModel(model)
                .setWindowStart(start)
                .setWindowEnd(end)
                .setLaunched(launched)
                .setIntercepted(intercepted)
                .build();
    }

    /** An article event without a window. */
    static StrikeEvent article(String id, String region, String day, WeaponClass weaponClass, Integer killed,
            Integer injured) {
        return base(id, id, SourceKind.ARTICLE, region, LocalDate.parse(day), weaponClass)
                .setDateBasis(DateBasis.OVERNIGHT_END)
                .setKilled(killed)
                .setInjured(injured)
                .build();
    }

    private static StrikeEvent.Builder base(String id, String source, SourceKind kind, String region, LocalDate day,
            WeaponClass weaponClass) {
        return StrikeEvent.newBuilder()
                .setEventId(EventIds.of(id, region, day, weaponClass))
                .setRegionIso(region)
                .setRegionName(region.equals("UA") ? "Ukraine (national total)" : "Region " + region)
                .setSettlements(List.of())
                .setEventDate(day)
                .setDateBasis(DateBasis.PUBLISHED)
                .setWeaponClass(weaponClass)
                .setProvenance(Provenance.newBuilder().setSourceKind(kind).setSourceId(source).build())
                .setExtractorVersion("test/1")
                .setIngestedAt(INGESTED);
    }
}
