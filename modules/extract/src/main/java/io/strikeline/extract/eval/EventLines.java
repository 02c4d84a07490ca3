package io.strikeline.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads events files: gold ({@code {"id","events":[...],"notes"}} per line) and predictions of the same
 * shape, such as {@code strikeline extract} writes. Fields the scorer does not use are ignored. The whole
 * file is refused at its first bad line, since scoring against half a gold file would mislead.
 */
public final class EventLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventLines() {
    }

    /** The events of each article id, in file order. */
    public static Map<String, List<EventRecord>> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** @param source the name errors give the input */
    public static Map<String, List<EventRecord>> read(BufferedReader in, String source) throws IOException {
        Map<String, List<EventRecord>> byId = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        long lineNumber = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = object(line);
                String id = text(node, "id", true);
                Long earlier = firstLine.putIfAbsent(id, lineNumber);
                if (earlier != null) {
                    throw new IllegalArgumentException("id '" + id + "' appears again (first on line " + earlier + ")");
                }
                byId.put(id, events(node));
            } catch (IllegalArgumentException e) {
                throw new MalformedLineException(source, lineNumber, e.getMessage());
            }
        }
        return byId;
    }

    private static JsonNode object(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a line must hold one JSON object");
        }
        return node;
    }

    private static List<EventRecord> events(JsonNode line) {
        JsonNode events = line.get("events");
        if (events == null || !events.isArray()) {
            throw new IllegalArgumentException("events is missing or not an array");
        }
        List<EventRecord> records = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                records.add(event(events.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("events[" + i + "]: " + e.getMessage());
            }
        }
        return records;
    }

    private static EventRecord event(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("an event must be a JSON object");
        }
        return new EventRecord(text(node, "region_iso", true), text(node, "region", false), date(node),
                weapon(node), count(node, "launched"), count(node, "intercepted"), count(node, "killed"),
                count(node, "injured"), text(node, "settlement", false), dateBasis(node),
                text(node, "evidence", false));
    }

    private static LocalDate date(JsonNode event) {
        String text = text(event, "date", true);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static WeaponClass weapon(JsonNode event) {
        String text = text(event, "weapon", true);
        try {
            return WeaponClass.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("weapon '" + text + "' is not one of " + List.of(WeaponClass.values()));
        }
    }

    private static DateBasis dateBasis(JsonNode event) {
        String text = text(event, "date_basis", false);
        if (text == null) {
            return null;
        }
        try {
            return DateBasis.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("date_basis '" + text + "' is not a known dating rule");
        }
    }

    private static Integer count(JsonNode event, String field) {
        JsonNode value = event.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new IllegalArgumentException(field + " " + value + " is not a whole number of zero or more");
        }
        return value.asInt();
    }

    private static String text(JsonNode object, String field, boolean required) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException(field + " is missing; it is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " " + value + " is not a string");
        }
        return value.asText();
    }
}
