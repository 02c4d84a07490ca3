package io.strikeline.alerts;

import io.strikeline.alerts.rules.RegionHistory;
import io.strikeline.avro.RegionDayTally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Region-day tallies as the aggregate stage writes them, with only what the rules read set. */
public final class TestTallies {

    private TestTallies() {
    }

    public static RegionDayTally tally(String region, String date, int events, long launched, long killed) {
        return RegionDayTally.newBuilder().setRegionIso(region).setRegionName(region.equals("UA")
                        ? "Ukraine (national total)" : "Region " + region)
                .setDate(LocalDate.parse(date)).setEvents(events).setEventsByWeapon(List.of()).setInjured(0).setIntercepted(0).setLaunched(launched).setKilled(killed)
                .setDistinctSources(1).setLastUpdated(Instant.parse(date + "T08:00:00Z")).build();
    }

    public static RegionDayTally events(String region, String date, int events) {
        return tally(region, date, events, 0, 0);
    }

    public static String key(RegionDayTally tally) {
        return tally.getRegionIso() + "|" + tally.getDate();
    }

    /** The history a rule would be given: these days as recent days, the last of them as the previous attack. */
    public static RegionHistory history(List<RegionDayTally> days) {
        TreeMap<LocalDate, RegionDayTally> recent = new TreeMap<>();
        days.forEach(day -> recent.put(day.getDate(), day));
        return new RegionHistory(recent, recent.isEmpty() ? Optional.empty() : Optional.of(recent.lastKey()));
    }
}
