package io.strikeline.ingest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.StrikeReport;
import io.strikeline.ingest.Candidate;
import io.strikeline.ingest.CsvRecordReader;
import io.strikeline.ingest.Parsed;
import io.strikeline.ingest.RawRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportParserTest {

    private static final Instant NOW = Instant.parse("2025-07-24T10:00:00Z");

    private static List<Candidate> fixture(String name) throws IOException {
        List<Candidate> all = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(new BufferedReader(new InputStreamReader(
                ReportParserTest.class.getResourceAsStream("/reports/" + name), StandardCharsets.UTF_8)), name)) {
            Candidate candidate;
            while ((candidate = reader.next()) != null) {
                all.add(candidate);
            }
        }
        return all;
    }

    private static Parsed<StrikeReport> parse(Candidate candidate) {
        assertThat(candidate.isMalformed()).as("CSV-level problem: %s", candidate.malformed()).isFalse();
        return ReportParser.parse(candidate.record(), NOW);
    }

    @Test
    void shouldReadTheCurrentTwentyTwoColumnGeneration() throws IOException {
        List<Candidate> rows = fixture("generation-2025.csv");

        StrikeReport shahed = parse(rows.get(0)).value();
        assertThat(shahed.getModel()).isEqualTo("Shahed-136/131");
        assertThat(shahed.getWindowStart()).isEqualTo(Instant.parse("2025-07-22T15:00:00Z"));
        assertThat(shahed.getWindowEnd()).isEqualTo(Instant.parse("2025-07-23T05:00:00Z"));
        assertThat(shahed.getWindowStartHasTime()).isTrue();
        assertThat(shahed.getLaunched()).isEqualTo(71);
        assertThat(shahed.getDestroyed()).isEqualTo(45);
        assertThat(shahed.getNotReachGoal()).isEqualTo(20);
        assertThat(shahed.getStillAttacking()).isZero();
        assertThat(shahed.getTarget()).isEqualTo("Ukraine");
        assertThat(shahed.getAffectedRegions()).containsExactly("Sumy oblast", "Kharkiv oblast");
        assertThat(shahed.getDestroyedDetails()).containsEntry("north", 30).containsEntry("south", null);
        assertThat(shahed.getOtherCounts()).containsEntry("is_shahed", 40).containsEntry("num_hit_location", 3);
        assertThat(shahed.getRawFields()).hasSize(22).containsEntry("launched", "71.0");
        assertThat(shahed.getSourceFile()).isEqualTo("generation-2025.csv");
        assertThat(shahed.getSourceLine()).isEqualTo(2);
        assertThat(shahed.getIngestedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldReadBundledModelsDictsSpanningLinesAndBorderCrossings() throws IOException {
        StrikeReport cruise = parse(fixture("generation-2025.csv").get(1)).value();

        assertThat(cruise.getModel()).isEqualTo("X-101/X-555 and Kalibr");
        assertThat(cruise.getWindowStartHasTime()).isFalse();
        assertThat(cruise.getTargetMain()).isEqualTo("Kyiv oblast");
        assertThat(cruise.getCarrier()).isEqualTo("Tu-95MS");
        assertThat(cruise.getLaunchedDetails()).isEqualTo(Map.of("X-101/X-555", 8, "Kalibr", 4));
        assertThat(cruise.getLaunchPlaceDetails()).containsEntry("Kalibr", "Black Sea");
        assertThat(cruise.getBorderCrossing()).containsEntry("belarus", 1);
        assertThat(cruise.getNotReachGoal()).isNull();
    }

    @Test
    void shouldReadOddTimesAndCyrillicOrLatinModelNames() throws IOException {
        List<Candidate> rows = fixture("generation-2025.csv");

        assertThat(parse(rows.get(2)).value().getWindowStart()).isEqualTo(Instant.parse("2025-07-23T18:00:00Z"));
        StrikeReport iskander = parse(rows.get(3)).value();
        assertThat(iskander.getDestroyed()).as("NaN means unknown").isNull();
        assertThat(iskander.getWindowEndHasTime()).isFalse();
        assertThat(parse(rows.get(4)).value().getWindowStart()).isEqualTo(Instant.parse("2025-07-24T00:30:00Z"));
    }

    @Test
    void shouldRejectRowsItCannotTrustWithAReasonNamingTheColumn() throws IOException {
        List<Candidate> rows = fixture("generation-2025.csv");

        assertThat(parse(rows.get(5)).rejection()).contains("launched").contains("12.5");
        assertThat(parse(rows.get(6)).rejection()).contains("model is empty");
        assertThat(rows.get(7).malformed()).contains("expected 22 fields");
        assertThat(parse(rows.get(8)).rejection()).startsWith("destroyed_details");
    }

    @Test
    void shouldReadTheOlderSixteenColumnGenerationByColumnName() throws IOException {
        List<Candidate> rows = fixture("generation-2024.csv");

        StrikeReport shahed = parse(rows.get(0)).value();
        assertThat(shahed.getLaunched()).isEqualTo(109);
        assertThat(shahed.getOtherCounts()).containsEntry("cross_border_belarus", 2);
        assertThat(shahed.getAffectedRegions()).isEmpty();
        assertThat(shahed.getTargetMain()).isNull();
        StrikeReport kh59 = parse(rows.get(1)).value();
        assertThat(kh59.getTarget()).isEqualTo("Odesa oblast and Mykolaiv oblast");
        assertThat(kh59.getCarrier()).isEqualTo("Su-34");
    }

    @Test
    void shouldKeyReportsByTheirNaturalKeySoARevisionKeepsItsId() {
        Map<String, String> original = Map.of("time_start", "2024-08-25 19:00", "time_end", "2024-08-26 09:30",
                "model", "Shahed-136/131", "target", "Ukraine", "launch_place", "Kursk oblast", "launched", "109",
                "source", "kpszsu/posts/p");
        Map<String, String> revised = new java.util.HashMap<>(original);
        revised.put("launched", "115.0");
        revised.put("affected region", "['Odesa oblast']");

        Parsed<StrikeReport> first = ReportParser.parse(new RawRecord(original, "old.csv", 2, new byte[0]), NOW);
        Parsed<StrikeReport> second = ReportParser.parse(new RawRecord(revised, "new.csv", 9, new byte[0]), NOW);

        assertThat(second.key()).isEqualTo(first.key());
        assertThat(second.value().getLaunched()).isEqualTo(115);
    }

    @Test
    void shouldRejectAWindowThatEndsBeforeItStarts() {
        Parsed<StrikeReport> parsed = ReportParser.parse(new RawRecord(Map.of("time_start", "2025-07-24 08:00",
                "time_end", "2025-07-23 18:00", "model", "Shahed-136/131", "source", "s"), "f.csv", 2, new byte[0]), NOW);

        assertThat(parsed.rejection()).contains("before time_start");
    }

    @Test
    void shouldRejectAModelThatIsOnlySeparators() {
        Parsed<StrikeReport> parsed = ReportParser.parse(new RawRecord(Map.of("time_start", "2025-07-23 18:00",
                "time_end", "2025-07-24 08:00", "model", " , / ; ", "source", "s"), "f.csv", 2, new byte[0]), NOW);

        assertThat(parsed.rejection()).contains("names no weapon");
    }

    @Test
    void shouldNameTheRequiredColumnsAHeaderLacks() {
        assertThat(ReportParser.missingColumns(List.of("time_start", "model", "target"))).containsExactly("time_end", "source");
    }
}
