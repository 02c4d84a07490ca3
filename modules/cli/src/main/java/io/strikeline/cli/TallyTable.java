package io.strikeline.cli;

import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.WeaponClass;
import io.strikeline.avro.WeaponClassCount;
import io.strikeline.geo.Regions;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Region-day tallies as a table a person reads: one row per region and day, events per weapon class. */
final class TallyTable {

    private static final String HEADER = String.format("%-6s %-26s %-10s %6s %5s %7s %5s %5s %4s %4s %8s %11s %7s",
            "region", "name", "date", "events", "drone", "missile", "glide", "artil", "air", "unkn", "launched",
            "intercepted", "sources");

    private TallyTable() {
    }

    /** Sorted by date, then region (national first). */
    static List<String> render(Collection<RegionDayTally> tallies) {
        List<RegionDayTally> sorted = tallies.stream()
                .sorted(Comparator.comparing(RegionDayTally::getDate)
                        .thenComparing(tally -> tally.getRegionIso().equals(Regions.NATIONAL.iso()) ? "" : tally.getRegionIso()))
                .toList();
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        lines.add(HEADER);
        for (RegionDayTally tally : sorted) {
            Map<WeaponClass, Integer> byClass = new EnumMap<>(WeaponClass.class);
            for (WeaponClassCount count : tally.getEventsByWeapon()) {
                byClass.put(count.getWeaponClass(), count.getEvents());
            }
            lines.add(String.format("%-6s %-26s %-10s %6d %5s %7s %5s %5s %4s %4s %8d %11d %7d",
                    tally.getRegionIso(), abbreviate(tally.getRegionName(), 26), tally.getDate(), tally.getEvents(),
                    count(byClass, WeaponClass.DRONE), count(byClass, WeaponClass.MISSILE),
                    count(byClass, WeaponClass.GLIDE_BOMB), count(byClass, WeaponClass.ARTILLERY),
                    count(byClass, WeaponClass.AIRSTRIKE), count(byClass, WeaponClass.UNKNOWN),
                    tally.getLaunched(), tally.getIntercepted(), tally.getDistinctSources()));
        }
        return lines;
    }

    private static String count(Map<WeaponClass, Integer> byClass, WeaponClass weaponClass) {
        Integer count = byClass.get(weaponClass);
        return count == null ? "-" : count.toString();
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
