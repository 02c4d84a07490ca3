package io.strikeline.notify;

import io.strikeline.avro.Alert;
import io.strikeline.avro.AlertSeverity;
import io.strikeline.avro.RegionDayTally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Alerts as the alerts stage writes them, for tests. */
final class SampleAlerts {

    static final LocalDate DAY = LocalDate.of(2025, 7, 24);

    private SampleAlerts() {
    }

    static Alert alert(String rule, String region, AlertSeverity severity) {
        RegionDayTally tally = RegionDayTally.newBuilder()
                .setRegionIso(region)
                .setRegionName("Kyiv")
                .setDate(DAY)
                .setEvents(3)
                .setEventsByWeapon(List.of())
                .setLaunched(120)
                .setIntercepted(101)
                .setKilled(2)
                .setInjured(7)
                .setDistinctSources(4)
                .setLastUpdated(Instant.parse("2025-07-24T05:40:00Z"))
                .build();
        return Alert.newBuilder()
                .setAlertId(rule + "|" + region + "|" + DAY)
                .setRule(rule)
                .setRegionIso(region)
                .setDate(DAY)
                .setSeverity(severity)
                .setMessage("120 launched, threshold 100")
                .setTally(tally)
                .setRaisedAt(Instant.parse("2025-07-24T05:41:00Z"))
                .build();
    }

    static Alert alert(String rule) {
        return alert(rule, "UA-30", AlertSeverity.CRITICAL);
    }
}
