package io.strikeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<Candidate> readAll(String csv) throws IOException {
        List<Candidate> all = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(new BufferedReader(new StringReader(csv)), "test.csv")) {
            Candidate candidate;
            while ((candidate = reader.next()) != null) {
                all.add(candidate);
            }
        }
        return all;
    }

    @Test
    void shouldKeyFieldsByHeaderNameAndKeepTheStartLineAndRawText() throws IOException {
        List<Candidate> records = readAll("a,b,affected region\n1,\"x, y\",z\n\n2,\"multi\nline\",w\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(0).record().fields()).containsEntry("b", "x, y").containsEntry("affected region", "z");
        assertThat(records.get(0).record().line()).isEqualTo(2);
        assertThat(records.get(1).record().line()).isEqualTo(4);
        assertThat(records.get(1).record().field("b")).isEqualTo("multi\nline");
        assertThat(new String(records.get(1).record().raw(), StandardCharsets.UTF_8)).isEqualTo("2,\"multi\nline\",w");
    }

    @Test
    void shouldRejectARowWithTheWrongNumberOfFieldsAloneAndReadOn() throws IOException {
        List<Candidate> records = readAll("a,b\n1,2,3\n4,5\n");

        assertThat(records.get(0).isMalformed()).isTrue();
        assertThat(records.get(0).malformed()).contains("expected 2 fields").contains("found 3");
        assertThat(records.get(1).record().fields()).containsEntry("a", "4");
    }

    @Test
    void shouldRejectAnUnterminatedQuoteAtTheEndOfTheFile() throws IOException {
        List<Candidate> records = readAll("a,b\n1,2\n3,\"open\n4,5\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).malformed()).contains("unterminated quoted field");
        assertThat(records.get(1).record().line()).isEqualTo(3);
    }

    @Test
    void shouldStripAByteOrderMarkFromTheHeader() throws IOException {
        assertThat(readAll("\uFEFFa,b\n1,2\n").get(0).record().fields()).containsKey("a");
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        assertThatThrownBy(() -> readAll("")).isInstanceOf(IOException.class).hasMessageContaining("header");
    }
}
