package io.strikeline.cli;

import io.strikeline.alerts.rules.AlertRules;
import io.strikeline.alerts.rules.AlertRulesException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --alert-rules FILE}: the rules the alerting stage judges the tallies by, checked before anything starts. */
final class AlertRulesOption {

    @Option(names = "--alert-rules", paramLabel = "FILE",
            description = "Alert rules (JSON, see the README's 'Alerts'). Default: the rules shipped with strikeline.")
    Path file;

    AlertRules load() {
        try {
            return file == null ? AlertRules.defaults() : AlertRules.load(file);
        } catch (AlertRulesException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** {@code default rules} or the file's name, for what a command prints. */
    String describe() {
        return file == null ? "default rules" : "rules from " + file;
    }
}
