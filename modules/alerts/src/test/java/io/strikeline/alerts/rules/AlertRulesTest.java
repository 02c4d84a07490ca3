package io.strikeline.alerts.rules;

import static io.strikeline.alerts.TestTallies.events;
import static io.strikeline.alerts.TestTallies.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.avro.AlertSeverity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertRulesTest {

    @TempDir
    Path dir;

    private AlertRules load(String json) throws Exception {
        Path file = dir.resolve("rules.json");
        Files.writeString(file, json);
        return AlertRules.load(file);
    }

    private void assertRefused(String json, String message) {
        assertThatThrownBy(() -> load(json)).isInstanceOf(AlertRulesException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shouldLoadEveryTypeOfRuleWithItsDefaults() throws Exception {
        AlertRules rules = load("""
                {"rules": [
                  // comments are allowed
                  {"name": "launched", "type": "threshold", "measure": "launched", "levels": {"warning": 20, "CRITICAL": 50}},
                  {"name": "spike", "type": "spike", "levels": {"WARNING": 3}},
                  {"name": "quiet", "type": "quiet", "scope": "regions", "levels": {"INFO": 7}}
                ]}""");

        assertThat(rules.rules()).extracting(AlertRule::name).containsExactly("launched", "spike", "quiet");
        assertThat(rules.rules().get(0)).isInstanceOfSatisfying(ThresholdRule.class, rule -> {
            assertThat(rule.measure()).isEqualTo(Measure.LAUNCHED);
            assertThat(rule.scope()).isEqualTo(Scope.ALL);
            assertThat(rule.ladder().thresholds()).containsEntry(AlertSeverity.WARNING, 20.0)
                    .containsEntry(AlertSeverity.CRITICAL, 50.0);
        });
        SpikeRule spike = (SpikeRule) rules.rules().get(1);
        assertThat(spike.ladder().thresholds()).containsExactly(java.util.Map.entry(AlertSeverity.WARNING, 3.0));
        assertThat(spike).as("the defaults of a spike rule").isEqualTo(new SpikeRule("spike", Scope.ALL, Measure.EVENTS, 7,
                SpikeStatistic.RATIO, 1.0, 1, spike.ladder()));
        assertThat(rules.rules().get(2).scope()).isEqualTo(Scope.REGIONS);
        assertThat(rules.lookBackDays()).isEqualTo(7);
    }

    @Test
    void shouldShipDefaultRulesThatLoad() {
        AlertRules defaults = AlertRules.defaults();

        assertThat(defaults.rules()).extracting(AlertRule::name).contains("events-per-day", "killed", "spike-7d",
                "first-after-quiet");
    }

    @Test
    void shouldEvaluateOnlyTheRulesWhoseScopeCoversTheRegionInTheirOrder() throws Exception {
        AlertRules rules = load("""
                {"rules": [
                  {"name": "regional", "type": "threshold", "scope": "regions", "measure": "events", "levels": {"WARNING": 1}},
                  {"name": "national", "type": "threshold", "scope": "national", "measure": "events", "levels": {"WARNING": 1}},
                  {"name": "killed", "type": "threshold", "measure": "killed", "levels": {"CRITICAL": 1}}
                ]}""");

        assertThat(rules.evaluate(tally("UA", "2025-07-23", 2, 0, 1), RegionHistory.none()))
                .extracting(fired -> fired.rule().name()).containsExactly("national", "killed");
        assertThat(rules.evaluate(events("UA-63", "2025-07-23", 2), RegionHistory.none()))
                .extracting(fired -> fired.rule().name()).containsExactly("regional");
    }

    @Test
    void shouldNameTheRuleAndKeyOfEveryMistake() {
        assertRefused("{\"rules\": []}", "'rules' is empty");
        assertRefused("{\"rule\": []}", "expected an object {\"rules\": [...]}");
        assertRefused("{\"rules\": [{\"name\": \"x\"", "not valid JSON");
        assertRefused("{\"rules\": [{\"type\": \"quiet\", \"levels\": {\"INFO\": 7}}]}", "rule #1: 'name' is missing");
        assertRefused("{\"rules\": [{\"name\": \"a|b\", \"type\": \"quiet\", \"levels\": {\"INFO\": 7}}]}",
                "rule #1: name 'a|b' must be");
        assertRefused("{\"rules\": [{\"name\": \"q\", \"type\": \"quiet\", \"levels\": {\"INFO\": 7}},"
                + " {\"name\": \"q\", \"type\": \"quiet\", \"levels\": {\"INFO\": 8}}]}", "rule 'q': the name is used twice");
        assertRefused("{\"rules\": [{\"name\": \"t\", \"type\": \"treshold\", \"levels\": {\"INFO\": 7}}]}",
                "rule 't': unknown type 'treshold'");
        assertRefused("{\"rules\": [{\"name\": \"t\", \"type\": \"threshold\", \"levels\": {\"INFO\": 7}}]}",
                "rule 't': 'measure' is missing");
        assertRefused("{\"rules\": [{\"name\": \"t\", \"type\": \"threshold\", \"measure\": \"deaths\","
                + " \"levels\": {\"INFO\": 7}}]}", "rule 't': unknown measure 'deaths' (events, launched");
        assertRefused("{\"rules\": [{\"name\": \"t\", \"type\": \"threshold\", \"measure\": \"killed\","
                + " \"days\": 7, \"levels\": {\"INFO\": 7}}]}", "rule 't': unknown key 'days' for a threshold rule");
        assertRefused("{\"rules\": [{\"name\": \"t\", \"type\": \"threshold\", \"measure\": \"killed\"}]}",
                "rule 't': 'levels' must be an object");
        assertRefused("{\"rules\": [{\"name\": \"t\", \"type\": \"threshold\", \"measure\": \"killed\","
                + " \"levels\": {\"URGENT\": 7}}]}", "rule 't': levels: unknown severity 'URGENT'");
        assertRefused("{\"rules\": [{\"name\": \"t\", \"type\": \"threshold\", \"measure\": \"killed\","
                + " \"levels\": {\"WARNING\": 10, \"CRITICAL\": 5}}]}",
                "rule 't': levels: thresholds must rise with severity, but CRITICAL is at 5 and WARNING at 10");
        assertRefused("{\"rules\": [{\"name\": \"t\", \"type\": \"threshold\", \"measure\": \"killed\","
                + " \"levels\": {\"WARNING\": \"ten\"}}]}", "rule 't': levels: WARNING must be a number");
        assertRefused("{\"rules\": [{\"name\": \"s\", \"type\": \"spike\", \"days\": 0, \"levels\": {\"INFO\": 3}}]}",
                "rule 's': 'days' must be a whole number at or above 1");
        assertRefused("{\"rules\": [{\"name\": \"s\", \"type\": \"spike\", \"min_baseline\": 0,"
                + " \"levels\": {\"INFO\": 3}}]}", "rule 's': 'min_baseline' must be a number above 0");
        assertRefused("{\"rules\": [{\"name\": \"s\", \"type\": \"spike\", \"statistic\": \"median\","
                + " \"levels\": {\"INFO\": 3}}]}", "rule 's': unknown statistic 'median' (ratio, zscore)");
        assertRefused("{\"rules\": [{\"name\": \"s\", \"type\": \"quiet\", \"scope\": \"oblasts\","
                + " \"levels\": {\"INFO\": 3}}]}", "rule 's': unknown scope 'oblasts' (all, regions, national)");
    }

    @Test
    void shouldNameTheFileItCannotRead() {
        Path missing = dir.resolve("missing.json");

        assertThatThrownBy(() -> AlertRules.load(missing)).isInstanceOf(AlertRulesException.class)
                .hasMessage("alert rules " + missing + ": not a file");
    }

    @Test
    void shouldRefuseNoRulesAtAll() {
        assertThatThrownBy(() -> new AlertRules(List.of())).hasMessageContaining("no rule configured");
    }
}
