package io.strikeline.enrich;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.Provenance;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import io.strikeline.avro.WeaponClass;
import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Region;
import io.strikeline.geo.Regions;
import io.strikeline.topics.EventIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One strike report -> its strike events (a pure function):
 * <ul>
 *   <li>always a national event ({@code UA}): the country-level total of what was launched at Ukraine,
 *       with the direction(s) the report names, if any;</li>
 *   <li>one event per region the report names (in {@code target} or {@code affected region}); a region's
 *       event carries the counts only when the target names that region and nothing else (no "Ukraine", no
 *       direction, no other region, none added by {@code affected region}): a total over the country or over
 *       several regions cannot be split, and the regions where hits landed are not where every weapon was
 *       aimed;</li>
 *   <li>a bundle of models of different classes ("C-400 and Shahed") gives events per class, without
 *       counts (the total cannot be split by class);</li>
 *   <li>the date is the Kyiv calendar day on which the reporting window ends.</li>
 * </ul>
 * Event ids are {@code reportId|region|date|class}, so re-reading a report yields the same ids.
 */
public final class ReportNormalizer {

    public static final String VERSION = "report-normalizer/1";
    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private static final int MEMO_CAPACITY = 50_000;

    private final Memo<String, List<WeaponModel>> models;
    private final Memo<TargetText, ReportTargets.Targets> targets;

    public ReportNormalizer(WeaponCatalogue catalogue, Gazetteer gazetteer) {
        this.models = new Memo<>(catalogue::resolve, MEMO_CAPACITY);
        this.targets = new Memo<>(text -> ReportTargets.resolve(text.target(), text.affected(), gazetteer),
                MEMO_CAPACITY);
    }

    /** The two columns a report's regions are read from. */
    private record TargetText(String target, List<String> affected) {
    }

    /** The events of a report, and what in it could not be recognised. */
    public record Normalized(List<StrikeEvent> events, List<String> unknownModels, List<String> unresolvedTargets) {
    }

    public Normalized normalize(StrikeReport report) {
        Map<WeaponClass, List<WeaponModel>> byClass = new LinkedHashMap<>();
        for (WeaponModel model : models.apply(report.getModel())) {
            byClass.computeIfAbsent(model.weaponClass(), c -> new ArrayList<>()).add(model);
        }
        List<String> unknown = byClass.getOrDefault(WeaponClass.UNKNOWN, List.of()).stream().map(WeaponModel::model)
                .toList();
        ReportTargets.Targets targets = this.targets.apply(new TargetText(report.getTarget(),
                List.copyOf(report.getAffectedRegions())));
        LocalDate date = eventDate(report);
        boolean countsPerClass = byClass.size() == 1;
        boolean countsPerRegion = countsPerClass && targets.soleTargetRegion();
        String direction = targets.directions().isEmpty() ? null : String.join("; ", targets.directions());

        Provenance provenance = provenance(report);
        List<StrikeEvent> events = new ArrayList<>();
        byClass.forEach((weaponClass, models) -> {
            String model = models.stream().map(WeaponModel::model).distinct().collect(Collectors.joining("; "));
            events.add(event(report, provenance, Regions.NATIONAL, List.of(), direction, date, weaponClass, model,
                    countsPerClass));
            for (ReportTargets.NamedRegion named : targets.regions()) {
                events.add(event(report, provenance, named.region(), named.settlements(), null, date, weaponClass,
                        model, countsPerRegion));
            }
        });
        return new Normalized(events, unknown, targets.unresolved());
    }

    static LocalDate eventDate(StrikeReport report) {
        Instant end = report.getWindowEnd() != null ? report.getWindowEnd() : report.getWindowStart();
        return end.atZone(KYIV).toLocalDate();
    }

    /** Where every event of a report comes from: built once per report, shared by its events. */
    private static Provenance provenance(StrikeReport report) {
        return Provenance.newBuilder()
                .setSourceKind(SourceKind.STRIKE_REPORT)
                .setSourceId(report.getReportId())
                .setUrl(ReportSources.url(report.getSource()))
                .setOutlet(ReportSources.outlet(report.getSource()))
                .setEvidence(evidence(report))
                .build();
    }

    private static StrikeEvent event(StrikeReport report, Provenance provenance, Region region,
            List<String> settlements, String direction, LocalDate date, WeaponClass weaponClass, String model,
            boolean withCounts) {
        return StrikeEvent.newBuilder()
                .setEventId(EventIds.forReport(report.getReportId(), region.iso(), date, weaponClass))
                .setRegionIso(region.iso())
                .setRegionName(region.name())
                .setDirection(direction)
                .setSettlements(settlements)
                .setEventDate(date)
                .setDateBasis(DateBasis.REPORT_WINDOW_END)
                .setWindowStart(report.getWindowStart())
                .setWindowEnd(report.getWindowEnd())
                .setWeaponClass(weaponClass)
                .setWeaponModel(model)
                .setLaunched(withCounts ? report.getLaunched() : null)
                .setIntercepted(withCounts ? report.getDestroyed() : null)
                .setProvenance(provenance)
                .setConfidence(1.0)
                .setExtractorVersion(VERSION)
                .setIngestedAt(report.getIngestedAt())
                .build();
    }

    /** The report's facts in one line, as an analyst would quote them. */
    static String evidence(StrikeReport report) {
        StringBuilder text = new StringBuilder();
        text.append(raw(report, "time_start")).append(" to ").append(raw(report, "time_end")).append(": ")
                .append(report.getModel());
        if (report.getLaunched() != null) {
            text.append(", launched ").append(report.getLaunched());
        }
        if (report.getDestroyed() != null) {
            text.append(", destroyed ").append(report.getDestroyed());
        }
        if (report.getTarget() != null) {
            text.append("; target ").append(report.getTarget());
        }
        if (!report.getAffectedRegions().isEmpty()) {
            text.append("; affected ").append(String.join(", ", report.getAffectedRegions()));
        }
        return text.toString();
    }

    private static String raw(StrikeReport report, String column) {
        String value = report.getRawFields().get(column);
        return value == null ? "?" : value.strip();
    }
}
