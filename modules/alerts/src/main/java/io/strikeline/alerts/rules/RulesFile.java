package io.strikeline.alerts.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.strikeline.avro.AlertSeverity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the rules file (JSON, documented in the README under "Alerts"): {@code {"rules": [ {...}, ... ]}}, each rule
 * with a {@code name}, a {@code type} ({@code threshold}, {@code spike}, {@code quiet}), its own keys and
 * {@code levels} (severity -> threshold). Every mistake is refused at load with the rule and key it is about: a rule
 * that fires wrongly at 3 a.m. is worse than a stage that does not start.
 */
final class RulesFile {

    /** Names are part of alert ids ({@code RULE|REGION|DATE}) and of topic keys: no '|', nothing surprising. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Set<String> COMMON_KEYS = Set.of("name", "type", "scope", "levels");
    private static final Map<String, Set<String>> KEYS_BY_TYPE = Map.of(
            "threshold", Set.of("measure"),
            "spike", Set.of("measure", "days", "statistic", "min_baseline", "min_value"),
            "quiet", Set.of());
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private RulesFile() {
    }

    static AlertRules read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new AlertRulesException("alert rules " + source + ": not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.isObject() || !root.path("rules").isArray()) {
            throw new AlertRulesException("alert rules " + source + ": expected an object {\"rules\": [...]}");
        }
        Iterator<String> topKeys = root.fieldNames();
        while (topKeys.hasNext()) {
            String key = topKeys.next();
            if (!key.equals("rules")) {
                throw new AlertRulesException("alert rules " + source + ": unknown key '" + key + "' (only 'rules')");
            }
        }
        List<AlertRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.get("rules")) {
            index++;
            String at = "alert rules " + source + ": rule #" + index;
            if (!node.isObject()) {
                throw new AlertRulesException(at + " is not an object");
            }
            String name = text(node, "name", at).orElseThrow(() -> new AlertRulesException(at + ": 'name' is missing"));
            if (!NAME.matcher(name).matches()) {
                throw new AlertRulesException(at + ": name '" + name + "' must be 1-64 letters, digits, '.', '_' or '-'");
            }
            RuleReader rule = new RuleReader(node, "alert rules " + source + ": rule '" + name + "'");
            if (!names.add(name)) {
                throw new AlertRulesException(rule.at + ": the name is used twice");
            }
            rules.add(rule.read(name));
        }
        if (rules.isEmpty()) {
            throw new AlertRulesException("alert rules " + source + ": 'rules' is empty");
        }
        return new AlertRules(rules);
    }

    private static Optional<String> text(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new AlertRulesException(at + ": '" + key + "' must be a string, was " + value);
        }
        return Optional.of(value.asText());
    }

    /** One rule object, read with messages that name it. */
    private static final class RuleReader {

        private final JsonNode node;
        private final String at;

        RuleReader(JsonNode node, String at) {
            this.node = node;
            this.at = at;
        }

        AlertRule read(String name) {
            String type = text(node, "type", at).orElseThrow(() -> fail("'type' is missing (threshold, spike or quiet)"));
            Set<String> own = KEYS_BY_TYPE.get(type);
            if (own == null) {
                throw fail("unknown type '" + type + "' (threshold, spike or quiet)");
            }
            Iterator<String> keys = node.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (!COMMON_KEYS.contains(key) && !own.contains(key)) {
                    throw fail("unknown key '" + key + "' for a " + type + " rule (it takes " + String.join(", ",
                            COMMON_KEYS.stream().sorted().toList()) + ", " + String.join(", ", own.stream().sorted()
                            .toList()) + ")");
                }
            }
            Scope scope = choice("scope", Scope::byLabel, Scope.ALL, Scope.values(), Scope::label);
            SeverityLadder levels = levels();
            try {
                return switch (type) {
                    case "threshold" -> new ThresholdRule(name, scope, measure(null), levels);
                    case "spike" -> new SpikeRule(name, scope, measure(Measure.EVENTS), (int) number("days", 7, 1),
                            choice("statistic", SpikeStatistic::byLabel, SpikeStatistic.RATIO, SpikeStatistic.values(),
                                    SpikeStatistic::label),
                            positive("min_baseline", 1.0), (long) number("min_value", 1, 0), levels);
                    default -> new QuietRule(name, scope, levels);
                };
            } catch (AlertRulesException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw fail(e.getMessage());
            }
        }

        private Measure measure(Measure fallback) {
            Measure measure = choice("measure", Measure::byLabel, fallback, Measure.values(), Measure::label);
            if (measure == null) {
                throw fail("'measure' is missing (" + labels(Measure.values(), Measure::label) + ")");
            }
            return measure;
        }

        private SeverityLadder levels() {
            JsonNode levels = node.get("levels");
            if (levels == null || !levels.isObject() || levels.isEmpty()) {
                throw fail("'levels' must be an object of severity -> threshold, e.g. {\"WARNING\": 3, \"CRITICAL\": 6}");
            }
            Map<AlertSeverity, Double> thresholds = new EnumMap<>(AlertSeverity.class);
            Iterator<Map.Entry<String, JsonNode>> steps = levels.fields();
            while (steps.hasNext()) {
                Map.Entry<String, JsonNode> step = steps.next();
                AlertSeverity severity = Arrays.stream(AlertSeverity.values())
                        .filter(known -> known.name().equalsIgnoreCase(step.getKey())).findFirst()
                        .orElseThrow(() -> fail("levels: unknown severity '" + step.getKey() + "' ("
                                + labels(AlertSeverity.values(), AlertSeverity::name) + ")"));
                if (!step.getValue().isNumber() || step.getValue().asDouble() < 0) {
                    throw fail("levels: " + severity + " must be a number at or above 0, was " + step.getValue());
                }
                thresholds.put(severity, step.getValue().asDouble());
            }
            try {
                return new SeverityLadder(thresholds);
            } catch (IllegalArgumentException e) {
                throw fail("levels: " + e.getMessage());
            }
        }

        private double number(String key, double fallback, double minimum) {
            JsonNode value = node.get(key);
            if (value == null) {
                return fallback;
            }
            if (!value.isIntegralNumber() || value.asLong() < minimum) {
                throw fail("'" + key + "' must be a whole number at or above " + (long) minimum + ", was " + value);
            }
            return value.asLong();
        }

        private double positive(String key, double fallback) {
            JsonNode value = node.get(key);
            if (value == null) {
                return fallback;
            }
            if (!value.isNumber() || !(value.asDouble() > 0)) {
                throw fail("'" + key + "' must be a number above 0, was " + value);
            }
            return value.asDouble();
        }

        private <T> T choice(String key, Function<String, Optional<T>> byLabel, T fallback, T[] all,
                Function<T, String> label) {
            Optional<String> text = text(node, key, at);
            if (text.isEmpty()) {
                return fallback;
            }
            return byLabel.apply(text.get().toLowerCase(Locale.ROOT)).orElseThrow(() -> fail("unknown " + key + " '"
                    + text.get() + "' (" + labels(all, label) + ")"));
        }

        private static <T> String labels(T[] all, Function<T, String> label) {
            return String.join(", ", Arrays.stream(all).map(label).toList());
        }

        private AlertRulesException fail(String problem) {
            return new AlertRulesException(at + ": " + problem);
        }
    }
}
