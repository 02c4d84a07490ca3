package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.cli.OfflineCommands.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad rules file stops {@code up} and {@code demo} before anything starts: no broker is needed to see it. */
class AlertRulesOptionTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseABadRulesFileWithTheRuleAndKeyAtFaultBeforeStartingAnything() throws Exception {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, """
                {"rules": [{"name": "spike-7d", "type": "spike", "levels": {"WARNING": 3, "CRITICAL": 2}}]}""");

        for (String command : new String[] {"demo", "up"}) {
            Result result = OfflineCommands.run(command, "--alert-rules", rules.toString());

            assertThat(result.exitCode()).as(command).isEqualTo(2);
            assertThat(result.err()).as(command).contains("strikeline: alert rules " + rules
                    + ": rule 'spike-7d': levels: thresholds must rise with severity, but CRITICAL is at 2 and WARNING at 3");
        }
    }

    @Test
    void shouldRefuseARulesFileThatIsNotThere() {
        Result result = OfflineCommands.run("demo", "--alert-rules", dir.resolve("missing.json").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("missing.json: not a file");
    }
}
