package io.strikeline.alerts;

import io.strikeline.alerts.rules.AlertRules;
import io.strikeline.alerts.rules.RegionHistory;
import io.strikeline.avro.Alert;
import io.strikeline.avro.AlertSeverity;
import io.strikeline.avro.RegionDayTally;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Judges each region-day tally by every rule, then raises an alert only where its severity rises above what was
 * already raised under the same id ({@code RULE|REGION|YYYY-MM-DD}). The raised severities are state: a replay of the
 * same tallies, a restart or a rebalance finds them and raises nothing twice. A tally revised downward or retracted
 * takes nothing back (an alert that went out stays out); it only changes the history later days are judged against.
 */
final class AlertProcessor implements Processor<String, RegionDayTally, String, Alert> {

    private final AlertRules rules;
    private final String regionDaysStore;
    private final String raisedStore;
    private ProcessorContext<String, Alert> context;
    private RegionDays regionDays;
    private KeyValueStore<String, String> raised;

    AlertProcessor(AlertRules rules, String regionDaysStore, String raisedStore) {
        this.rules = rules;
        this.regionDaysStore = regionDaysStore;
        this.raisedStore = raisedStore;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.regionDays = new RegionDays(context.getStateStore(regionDaysStore));
        this.raised = context.getStateStore(raisedStore);
    }

    @Override
    public void process(Record<String, RegionDayTally> record) {
        RegionDay day = RegionDay.parse(record.key());
        RegionDayTally tally = record.value();
        if (tally == null) {
            regionDays.remove(day);
            return;
        }
        RegionHistory history = regionDays.before(day, rules.lookBackDays());
        // Every rule first, state after: a rule that throws sends the tally to the dead letters with nothing changed.
        List<AlertRules.Fired> fired = rules.evaluate(tally, history);
        regionDays.put(day, tally);
        for (AlertRules.Fired one : fired) {
            String alertId = one.rule().name() + "|" + day.key();
            AlertSeverity severity = one.finding().severity();
            String before = raised.get(alertId);
            if (before == null || severity.compareTo(AlertSeverity.valueOf(before)) > 0) {
                raised.put(alertId, severity.name());
                context.forward(record.withKey(alertId).withValue(Alert.newBuilder().setAlertId(alertId)
                        .setRule(one.rule().name()).setRegionIso(day.regionIso()).setDate(day.date())
                        .setSeverity(severity).setMessage(one.finding().message()).setTally(tally)
                        .setRaisedAt(Instant.ofEpochMilli(context.currentSystemTimeMs())).build()));
            }
        }
    }
}
