package io.strikeline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with a header row into records keyed by column name, keeping for each record the
 * line it starts on and its raw text. A quoted field may span lines; a record is complete when its
 * quotes balance (escaped quotes come in pairs, so parity is enough). Splitting one record at a time
 * means one malformed row is rejected on its own and never takes the rest of the file with it.
 */
public final class CsvRecordReader implements RecordReader {

    private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile(",");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();

    private final BufferedReader in;
    private final String source;
    private final List<String> header;
    private long lineNumber;
    private long position;

    private CsvRecordReader(BufferedReader in, String source, List<String> header, long lineNumber, long position) {
        this.in = in;
        this.source = source;
        this.header = header;
        this.lineNumber = lineNumber;
        this.position = position;
    }

    /** Reads the header row; an input without one cannot be ingested at all. */
    public static CsvRecordReader open(BufferedReader in, String source) throws IOException {
        String headerText = in.readLine();
        if (headerText == null || headerText.isBlank()) {
            throw new IOException(source + " is empty: a CSV file needs a header row");
        }
        if (headerText.startsWith("\uFEFF")) {
            headerText = headerText.substring(1);
        }
        List<String> header = new ArrayList<>();
        for (String column : split(headerText)) {
            header.add(column.strip());
        }
        return new CsvRecordReader(in, source, List.copyOf(header), 1, headerText.length() + 1L);
    }

    public List<String> header() {
        return header;
    }

    @Override
    public Candidate next() throws IOException {
        String first;
        do {
            first = in.readLine();
            if (first == null) {
                return null;
            }
            lineNumber++;
            position += first.length() + 1L;
        } while (first.isBlank());
        long startLine = lineNumber;
        StringBuilder text = new StringBuilder(first);
        long quotes = quoteCount(first);
        while (quotes % 2 != 0) {
            String more = in.readLine();
            if (more == null) {
                return Candidate.malformed(RawRecord.unparsed(source, startLine, text.toString()),
                        "unterminated quoted field (the file ends inside quotes)");
            }
            lineNumber++;
            position += more.length() + 1L;
            quotes += quoteCount(more);
            text.append('\n').append(more);
        }
        String raw = text.toString();
        List<String> values;
        try {
            values = split(raw);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            return Candidate.malformed(RawRecord.unparsed(source, startLine, raw), "not valid CSV: " + e.getMessage());
        }
        if (values.size() != header.size()) {
            return Candidate.malformed(RawRecord.unparsed(source, startLine, raw),
                    "expected " + header.size() + " fields as in the header, found " + values.size());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), values.get(i));
        }
        return Candidate.ok(new RawRecord(fields, source, startLine,
                raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public long position() {
        return position;
    }

    private static List<String> split(String recordText) throws IOException {
        if (recordText.indexOf('"') < 0) {
            // Without quotes a comma always separates fields: no need for the full parser.
            return List.of(COMMA.split(recordText, -1));
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(recordText), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IOException("expected one record, found " + records.size());
            }
            return records.get(0).toList();
        }
    }

    private static long quoteCount(CharSequence text) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
