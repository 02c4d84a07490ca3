package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.Alert;
import io.strikeline.avro.AlertSeverity;
import io.strikeline.avro.RegionDayTally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertTableTest {

    private static Alert alert(String rule, String region, String date, AlertSeverity severity, String raisedAt) {
        RegionDayTally tally = RegionDayTally.newBuilder().setRegionIso(region).setRegionName(region)
                .setDate(LocalDate.parse(date)).setEvents(3).setEventsByWeapon(List.of()).setLaunched(0)
                .setIntercepted(0).setKilled(0).setInjured(0).setDistinctSources(1)
                .setLastUpdated(Instant.parse(date + "T08:00:00Z")).build();
        return Alert.newBuilder().setAlertId(rule + "|" + region + "|" + date).setRule(rule).setRegionIso(region)
                .setDate(LocalDate.parse(date)).setSeverity(severity).setMessage("why " + rule).setTally(tally)
                .setRaisedAt(Instant.parse(raisedAt)).build();
    }

    @Test
    void shouldListAlertsByDayThenNationalFirstThenRuleOrInTheOrderRaised() {
        Alert kharkiv = alert("killed", "UA-63", "2025-07-23", AlertSeverity.WARNING, "2025-07-23T10:00:00Z");
        Alert national = alert("launched-nationwide", "UA", "2025-07-23", AlertSeverity.CRITICAL, "2025-07-23T11:00:00Z");
        Alert earlier = alert("events-per-day", "UA-51", "2025-07-22", AlertSeverity.INFO, "2025-07-23T12:00:00Z");

        List<String> byDay = AlertTable.render(List.of(kharkiv, national, earlier), AlertTable.BY_DAY_AND_REGION);
        List<String> byRaised = AlertTable.render(List.of(earlier, national, kharkiv), AlertTable.BY_RAISED);

        assertThat(byDay).hasSize(4);
        assertThat(byDay.get(0)).startsWith("severity rule");
        assertThat(byDay.subList(1, 4)).satisfiesExactly(
                line -> assertThat(line).matches("INFO +events-per-day +UA-51 +2025-07-22 +why events-per-day"),
                line -> assertThat(line).startsWith("CRITICAL launched-nationwide  UA "),
                line -> assertThat(line).startsWith("WARNING  killed"));
        assertThat(byRaised.subList(1, 4)).extracting(line -> line.split(" +")[1])
                .containsExactly("killed", "launched-nationwide", "events-per-day");
    }
}
