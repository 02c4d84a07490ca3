package io.strikeline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.aggregate.Attack;
import io.strikeline.aggregate.AttackMerger;
import io.strikeline.aggregate.Contributions;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import io.strikeline.avro.WeaponClass;
import io.strikeline.ingest.Candidate;
import io.strikeline.ingest.CsvRecordReader;
import io.strikeline.ingest.Parsed;
import io.strikeline.ingest.reports.ReportParser;
import io.strikeline.testkit.SharedMaterial;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The whole real Air Force dataset through the normaliser (where {@code ../shared} is present): every
 * model string is in the catalogue, every target that is a Ukrainian place resolves, and the figures an
 * analyst would check (events per class, national launched totals for 2025) are printed.
 */
class RealDatasetNormalizationTest {

    @Test
    void shouldNormaliseEveryRealReportWithKnownModelsAndPrintTheTotals() throws IOException {
        Path file = SharedMaterial.require("data/strike-reports/missile_attacks_daily.csv");
        List<StrikeEvent> events = new ArrayList<>();
        TreeSet<String> unknownModels = new TreeSet<>();
        TreeSet<String> unresolved = new TreeSet<>();
        int reports = 0;
        try (CsvRecordReader reader = CsvRecordReader.open(Files.newBufferedReader(file, StandardCharsets.UTF_8),
                file.getFileName().toString())) {
            Candidate candidate;
            while ((candidate = reader.next()) != null) {
                Parsed<StrikeReport> parsed = ReportParser.parse(candidate.record(), Instant.EPOCH);
                assertThat(parsed.isAccepted()).as("line %d: %s", candidate.record().line(), parsed.rejection()).isTrue();
                ReportNormalizer.Normalized normalized = ReportNormalizerTest.NORMALIZER.normalize(parsed.value());
                events.addAll(normalized.events());
                unknownModels.addAll(normalized.unknownModels());
                unresolved.addAll(normalized.unresolvedTargets());
                reports++;
            }
        }

        Map<WeaponClass, Integer> eventsByClass = new EnumMap<>(WeaponClass.class);
        events.forEach(event -> eventsByClass.merge(event.getWeaponClass(), 1, Integer::sum));
        Map<WeaponClass, Long> launched2025 = nationalLaunched(events, 2025);
        System.out.printf("reports %d -> events %d (national %d); events by class %s%n", reports, events.size(),
                events.stream().filter(event -> event.getRegionIso().equals("UA")).count(), eventsByClass);
        System.out.printf("unknown models %s; unresolved targets %s%n", unknownModels, unresolved);
        System.out.printf("2025 national launched per class, after merging overlapping reports: %s%n", launched2025);

        assertThat(unknownModels).as("models the catalogue lacks").isEmpty();
        assertThat(unresolved).as("target parts that are not places in Ukraine").allSatisfy(part ->
                assertThat(part).isIn("Black Sea", "Snake Island", "Azov Sea", "Sea of Azov"));
        assertThat(eventsByClass).doesNotContainKey(WeaponClass.UNKNOWN);
        assertThat(launched2025.get(WeaponClass.DRONE)).isGreaterThan(10_000L);
    }

    /** Per class, the launched counts of the national attacks (merged as the tallies merge them) of a year. */
    private static Map<WeaponClass, Long> nationalLaunched(List<StrikeEvent> events, int year) {
        Map<LocalDate, List<StrikeEvent>> byDay = new TreeMap<>();
        for (StrikeEvent event : events) {
            if (event.getRegionIso().equals("UA") && event.getEventDate().getYear() == year) {
                byDay.computeIfAbsent(event.getEventDate(), day -> new ArrayList<>()).add(event);
            }
        }
        Map<WeaponClass, Long> totals = new EnumMap<>(WeaponClass.class);
        byDay.values().forEach(day -> {
            for (Attack attack : AttackMerger.merge(day.stream().map(Contributions::of).toList(),
                    day.get(0).getEventDate())) {
                if (attack.launched() != null) {
                    totals.merge(attack.weaponClass(), attack.launched().longValue(), Long::sum);
                }
            }
        });
        return totals;
    }
}
