package io.strikeline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input record before validation: its fields by column name (as text), where it came from, and
 * its raw bytes, which go to the dead-letter topic unchanged if it is rejected.
 *
 * @param fields column name to text value (JSON arrays and objects as their JSON text)
 * @param source file name, or {@link #PUSHED} for records pushed over HTTP
 * @param line   1-based line in the source where the record starts (the index + 1 for pushed arrays)
 * @param raw    the record exactly as read
 */
public record RawRecord(Map<String, String> fields, String source, long line, byte[] raw) {

    /** The source of pushed records: no file is named so, since ingest only reads .csv and .jsonl files. */
    public static final String PUSHED = "http";

    public RawRecord {
        // Unmodifiable but in column order: the raw fields are kept on the report as they were read.
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public boolean fromFile() {
        return !PUSHED.equals(source);
    }

    public static RawRecord unparsed(String source, long line, String rawText) {
        return new RawRecord(Map.of(), source, line, rawText.getBytes(StandardCharsets.UTF_8));
    }

    public String field(String name) {
        return fields.get(name);
    }
}
