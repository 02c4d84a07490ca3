package io.strikeline.alerts.rules;

import io.strikeline.avro.RegionDayTally;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The configured rules, in the order of the file. Loaded and validated once, at start-up. */
public final class AlertRules {

    /** The rules shipped with strikeline, used when no file is given. */
    public static final String DEFAULT_RESOURCE = "/io/strikeline/alerts/alert-rules.json";

    private final List<AlertRule> rules;
    private final int lookBackDays;

    public AlertRules(List<AlertRule> rules) {
        this.rules = List.copyOf(rules);
        if (this.rules.isEmpty()) {
            throw new AlertRulesException("no rule configured");
        }
        this.lookBackDays = this.rules.stream().mapToInt(AlertRule::lookBackDays).max().orElse(0);
    }

    public static AlertRules defaults() {
        try (InputStream in = AlertRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the class path");
            }
            return RulesFile.read(in, "the default alert rules (" + DEFAULT_RESOURCE + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws AlertRulesException when the file is missing, is not JSON, or a rule in it is invalid */
    public static AlertRules load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AlertRulesException("alert rules " + file + ": not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return RulesFile.read(in, file.toString());
        } catch (IOException e) {
            throw new AlertRulesException("alert rules " + file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public List<AlertRule> rules() {
        return rules;
    }

    /** The most days before a tally's day that any rule reads. */
    public int lookBackDays() {
        return lookBackDays; // asked for every tally: worked out once
    }

    /** A finding of one rule about one tally. */
    public record Fired(AlertRule rule, Finding finding) {
    }

    /** What every rule whose scope covers the tally's region finds, in the order of the rules. */
    public List<Fired> evaluate(RegionDayTally tally, RegionHistory history) {
        List<Fired> fired = new ArrayList<>();
        for (AlertRule rule : rules) {
            if (rule.scope().covers(tally.getRegionIso())) {
                Optional<Finding> finding;
                try {
                    finding = rule.evaluate(tally, history);
                } catch (RuntimeException e) {
                    // Named, so that the dead letter says which rule to fix.
                    throw new IllegalStateException("Rule '" + rule.name() + "' failed on the tally of "
                            + tally.getRegionIso() + "|" + tally.getDate() + ": " + e, e);
                }
                finding.ifPresent(found -> fired.add(new Fired(rule, found)));
            }
        }
        return fired;
    }
}
