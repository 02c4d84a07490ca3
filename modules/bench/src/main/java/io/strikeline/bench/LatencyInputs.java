package io.strikeline.bench;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import io.strikeline.enrich.ReportNormalizer;
import io.strikeline.enrich.WeaponCatalogue;
import io.strikeline.geo.Gazetteer;
import io.strikeline.ingest.Parsed;
import io.strikeline.ingest.RawRecord;
import io.strikeline.ingest.reports.ReportParser;
import io.strikeline.topics.EventIds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The inputs of a latency run: synthetic strike reports ({@link SyntheticReports}' mix of models and targets),
 * one a day, so that the region-days of every input (its events' {@code REGION|YYYY-MM-DD}) are its own; with
 * the events that enrich makes of each, by the same parser and normaliser, for runs that start at strike-events.
 */
final class LatencyInputs {

    /** One input: the report, its events and the region-days whose tallies it changes. */
    record Input(StrikeReport report, List<StrikeEvent> events, Set<String> regionDays) {

        /** Stamps the input (report and events) as ingested at {@code ingestedAt}, as ingest would. */
        void ingestedAt(Instant ingestedAt) {
            report.setIngestedAt(ingestedAt);
            events.forEach(event -> event.setIngestedAt(ingestedAt));
        }
    }

    private LatencyInputs() {
    }

    static List<Input> generate(int count, long seed) {
        ReportNormalizer normalizer = new ReportNormalizer(WeaponCatalogue.load(), Gazetteer.load());
        List<String> header = Arrays.asList(SyntheticReports.HEADER.split(","));
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(1900, 1, 1);
        List<Input> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> row = SyntheticReports.row(i, first.plusDays(i), random);
            Map<String, String> fields = new LinkedHashMap<>();
            for (int column = 0; column < header.size(); column++) {
                fields.put(header.get(column), row.get(column));
            }
            Parsed<StrikeReport> parsed = ReportParser.parse(new RawRecord(fields, "latency.csv", i + 2L, new byte[0]),
                    Instant.EPOCH);
            if (!parsed.isAccepted()) {
                throw new IllegalStateException("synthetic report " + i + " " + parsed.rejection());
            }
            List<StrikeEvent> events = normalizer.normalize(parsed.value()).events();
            Set<String> regionDays = new LinkedHashSet<>();
            events.forEach(event -> regionDays.add(EventIds.regionDayKey(event.getEventId())));
            if (regionDays.isEmpty()) {
                throw new IllegalStateException("synthetic report " + i + " makes no event: " + row);
            }
            inputs.add(new Input(parsed.value(), events, regionDays));
        }
        return inputs;
    }
}
