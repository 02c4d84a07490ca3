package io.strikeline.cli;

import io.strikeline.avro.Alert;
import io.strikeline.geo.Regions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Alerts as lines a person reads: severity, rule, region, day, then the rule's own words. */
final class AlertTable {

    private static final String FORMAT = "%-8s %-20s %-6s %-10s %s";

    /** Day, region (national first), rule: how the current alerts are listed. */
    static final Comparator<Alert> BY_DAY_AND_REGION = Comparator.comparing(Alert::getDate)
            .thenComparing(alert -> alert.getRegionIso().equals(Regions.NATIONAL.iso()) ? "" : alert.getRegionIso())
            .thenComparing(Alert::getRule);
    /** When raised: how the history of alerts is listed. */
    static final Comparator<Alert> BY_RAISED = Comparator.comparing(Alert::getRaisedAt).thenComparing(Alert::getAlertId);

    private AlertTable() {
    }

    static List<String> render(Collection<Alert> alerts, Comparator<Alert> order) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(FORMAT, "severity", "rule", "region", "date", "why"));
        alerts.stream().sorted(order).forEach(alert -> lines.add(String.format(FORMAT, alert.getSeverity(),
                alert.getRule(), alert.getRegionIso(), alert.getDate(), alert.getMessage())));
        return lines;
    }
}
