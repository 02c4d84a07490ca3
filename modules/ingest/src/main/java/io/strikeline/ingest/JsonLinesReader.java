package io.strikeline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads JSON Lines: one JSON object per line. Scalar values become their text; arrays and objects
 * their JSON text; null and absent are the same. A line that is not a JSON object is rejected alone.
 */
public final class JsonLinesReader implements RecordReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader in;
    private final String source;
    private long lineNumber;
    private long position;

    public JsonLinesReader(BufferedReader in, String source) {
        this.in = in;
        this.source = source;
    }

    @Override
    public Candidate next() throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
            position += line.length() + 1L;
        } while (line.isBlank());
        RawRecord unparsed = RawRecord.unparsed(source, lineNumber, line);
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Candidate.malformed(unparsed, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return Candidate.malformed(unparsed, "a line must hold one JSON object");
        }
        return Candidate.ok(new RawRecord(fields(node), source, lineNumber, line.getBytes(StandardCharsets.UTF_8)));
    }

    /** The fields of one JSON object as text, the way {@link RawRecord} carries them. */
    public static Map<String, String> fields(JsonNode object) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            JsonNode value = entry.getValue();
            if (value == null || value.isNull()) {
                continue;
            }
            fields.put(entry.getKey(), value.isContainerNode() ? value.toString() : value.asText());
        }
        return fields;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
