package io.strikeline.ingest.reports;

import io.strikeline.avro.StrikeReport;
import io.strikeline.ingest.Parsed;
import io.strikeline.ingest.RawRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns one strike-report row (from CSV, JSON Lines or an HTTP push, fields by column name) into a
 * {@link StrikeReport}, or says why it cannot. Columns are found by name, so both generations of the
 * dataset's header (16 and 22 columns, {@code affected region} with a space) are read alike, and
 * columns it does not know are kept verbatim in {@code raw_fields}.
 */
public final class ReportParser {

    static final String TIME_START = "time_start";
    static final String TIME_END = "time_end";
    static final String MODEL = "model";
    static final String SOURCE = "source";
    static final String TARGET = "target";
    static final String TARGET_MAIN = "target_main";
    static final String LAUNCH_PLACE = "launch_place";
    static final String CARRIER = "carrier";
    static final String AFFECTED_REGION = "affected region";

    /** Columns without which a file cannot be ingested at all. */
    private static final Pattern NAMES_SOMETHING = Pattern.compile("[\\p{L}\\p{N}]");
    public static final List<String> REQUIRED_COLUMNS = List.of(TIME_START, TIME_END, MODEL, SOURCE);

    /** Numeric columns without a field of their own; they go to {@code other_counts}. */
    private static final List<String> OTHER_COUNTS = List.of("is_shahed", "num_hit_location",
            "num_fall_fragment_location", "turbojet", "turbojet_destroyed", "cross_border_belarus", "back_russia");

    private ReportParser() {
    }

    /** Columns a header lacks among {@link #REQUIRED_COLUMNS}. */
    public static List<String> missingColumns(List<String> header) {
        return REQUIRED_COLUMNS.stream().filter(column -> !header.contains(column)).toList();
    }

    public static Parsed<StrikeReport> parse(RawRecord record, Instant ingestedAt) {
        try {
            StrikeReport report = build(record, ingestedAt);
            return Parsed.accepted(report.getReportId(), report);
        } catch (IllegalArgumentException e) {
            return Parsed.rejected(e.getMessage());
        }
    }

    private static String reportId(RawRecord record) {
        return ReportIds.of(record.field(SOURCE), record.field(MODEL), record.field(TARGET), record.field(LAUNCH_PLACE),
                record.field(TIME_START));
    }

    private static StrikeReport build(RawRecord record, Instant ingestedAt) {
        String source = required(record, SOURCE);
        String model = required(record, MODEL);
        if (!NAMES_SOMETHING.matcher(model).find()) {
            throw new IllegalArgumentException("model '" + model + "' names no weapon (no letter or digit)");
        }
        ReportTimes.ReportTime start = time(record, TIME_START, true);
        ReportTimes.ReportTime end = time(record, TIME_END, false);
        if (end != null && end.instant().isBefore(start.instant())) {
            throw new IllegalArgumentException("time_end " + record.field(TIME_END).strip()
                    + " is before time_start " + record.field(TIME_START).strip());
        }
        Map<String, Integer> otherCounts = new LinkedHashMap<>();
        for (String column : OTHER_COUNTS) {
            Integer count = Counts.parse(column, record.field(column));
            if (count != null) {
                otherCounts.put(column, count);
            }
        }
        return StrikeReport.newBuilder()
                .setReportId(reportId(record))
                .setSource(source)
                .setWindowStart(start.instant())
                .setWindowStartHasTime(start.hasTime())
                .setWindowEnd(end == null ? null : end.instant())
                .setWindowEndHasTime(end != null && end.hasTime())
                .setModel(model)
                .setTarget(optional(record, TARGET))
                .setTargetMain(optional(record, TARGET_MAIN))
                .setLaunchPlace(optional(record, LAUNCH_PLACE))
                .setCarrier(optional(record, CARRIER))
                .setAffectedRegions(stringList(record, AFFECTED_REGION))
                .setLaunched(Counts.parse("launched", record.field("launched")))
                .setDestroyed(Counts.parse("destroyed", record.field("destroyed")))
                .setNotReachGoal(Counts.parse("not_reach_goal", record.field("not_reach_goal")))
                .setStillAttacking(Counts.parse("still_attacking", record.field("still_attacking")))
                .setOtherCounts(otherCounts)
                .setLaunchedDetails(countDict(record, "launched_details"))
                .setDestroyedDetails(countDict(record, "destroyed_details"))
                .setLaunchPlaceDetails(textDict(record, "launch_place_details"))
                .setBorderCrossing(countDict(record, "border_crossing"))
                .setRawFields(new LinkedHashMap<>(record.fields()))
                .setSourceFile(record.fromFile() ? record.source() : null)
                .setSourceLine(record.fromFile() ? record.line() : null)
                .setIngestedAt(ingestedAt)
                .build();
    }

    private static String required(RawRecord record, String column) {
        String value = optional(record, column);
        if (value == null) {
            throw new IllegalArgumentException(column + " is empty; it is required");
        }
        return value;
    }

    private static String optional(RawRecord record, String column) {
        String value = record.field(column);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() || stripped.equalsIgnoreCase("nan") ? null : stripped;
    }

    private static ReportTimes.ReportTime time(RawRecord record, String column, boolean required) {
        String value = optional(record, column);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException(column + " is empty; it is required");
            }
            return null;
        }
        try {
            return ReportTimes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column + ": " + e.getMessage());
        }
    }

    private static List<String> stringList(RawRecord record, String column) {
        String value = optional(record, column);
        if (value == null) {
            return List.of();
        }
        Object parsed = literal(column, value);
        if (!(parsed instanceof List<?> list)) {
            throw new IllegalArgumentException(column + " is not a list: " + value);
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof String text && !text.isBlank()) {
                strings.add(text.strip());
            } else if (item != null && !(item instanceof Double d && d.isNaN())) {
                throw new IllegalArgumentException(column + " holds a non-text item " + item);
            }
        }
        return strings;
    }

    private static Map<String, Integer> countDict(RawRecord record, String column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        dict(record, column).forEach((key, value) -> counts.put(key, Counts.fromLiteral(column + "['" + key + "']", value)));
        return counts;
    }

    private static Map<String, String> textDict(RawRecord record, String column) {
        Map<String, String> texts = new LinkedHashMap<>();
        dict(record, column).forEach((key, value) -> texts.put(key,
                value == null || value instanceof Double d && d.isNaN() ? null : value.toString().strip()));
        return texts;
    }

    private static Map<String, Object> dict(RawRecord record, String column) {
        String value = optional(record, column);
        if (value == null) {
            return Map.of();
        }
        Object parsed = literal(column, value);
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(column + " is not a dict: " + value);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, item) -> result.put(String.valueOf(key).strip(), item));
        return result;
    }

    private static Object literal(String column, String value) {
        try {
            return PythonLiteral.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column + ": " + e.getMessage());
        }
    }
}
