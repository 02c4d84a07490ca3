package io.strikeline.ingest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.StrikeReport;
import io.strikeline.ingest.Candidate;
import io.strikeline.ingest.CsvRecordReader;
import io.strikeline.ingest.Parsed;
import io.strikeline.testkit.SharedMaterial;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real Air Force dataset (both copies, both header generations), where {@code ../shared} is present:
 * every row is read, every rejected row is listed with its reason, and report ids are unique.
 */
class RealStrikeReportsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"missile_attacks_daily.csv, 3585", "missile_attacks_daily_2024-11.csv, 1810"})
    void shouldReadEveryRowOfTheRealDatasetAndExplainEveryRejection(String name, int rows) throws IOException {
        Path file = SharedMaterial.require("data/strike-reports/" + name);
        List<String> rejected = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int read = 0;
        try (CsvRecordReader reader = CsvRecordReader.open(Files.newBufferedReader(file, StandardCharsets.UTF_8), name)) {
            assertThat(ReportParser.missingColumns(reader.header())).isEmpty();
            Candidate candidate;
            while ((candidate = reader.next()) != null) {
                read++;
                if (candidate.isMalformed()) {
                    rejected.add("line " + candidate.record().line() + ": " + candidate.malformed());
                    continue;
                }
                Parsed<StrikeReport> parsed = ReportParser.parse(candidate.record(), Instant.EPOCH);
                if (parsed.isAccepted()) {
                    ids.add(parsed.key());
                } else {
                    rejected.add("line " + candidate.record().line() + ": " + parsed.rejection());
                }
            }
        }
        rejected.forEach(line -> System.out.println(name + " rejected " + line));

        assertThat(read).isEqualTo(rows);
        assertThat(rejected).as("rejected rows of %s", name).isEmpty();
        assertThat(ids).as("distinct report ids").hasSize(rows);
    }
}
