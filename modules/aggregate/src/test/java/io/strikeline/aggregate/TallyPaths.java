package io.strikeline.aggregate;

import io.strikeline.aggregate.EventHistory.Version;
import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.topics.EventIds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The batch truth of a history: for every region-day, the tally it has after each of its versions in turn,
 * each computed in one go from the events current at that point (null where none is left). Its last step is
 * the final tally. Under exactly-once, every tally committed for a region-day is a step of its path, and each
 * one at or after the step before: a lost event, an old version applied over a newer one, or a write of an
 * aborted transaction read as committed would leave the path or step back along it.
 */
final class TallyPaths {

    private final Map<String, List<RegionDayTally>> paths;

    private TallyPaths(Map<String, List<RegionDayTally>> paths) {
        this.paths = paths;
    }

    static TallyPaths of(List<Version> versions) {
        Map<String, Map<String, StrikeEvent>> current = new HashMap<>();
        Map<String, List<RegionDayTally>> paths = new TreeMap<>();
        for (Version version : versions) {
            String regionDay = EventIds.regionDayKey(version.eventId());
            Map<String, StrikeEvent> events = current.computeIfAbsent(regionDay, key -> new HashMap<>());
            if (version.event() == null) {
                events.remove(version.eventId());
            } else {
                events.put(version.eventId(), version.event());
            }
            paths.computeIfAbsent(regionDay, key -> new ArrayList<>()).add(tally(events.values()));
        }
        return new TallyPaths(paths);
    }

    /** The tally of every region-day that has an event left at the end. */
    Map<String, RegionDayTally> finalTallies() {
        Map<String, RegionDayTally> tallies = new TreeMap<>();
        paths.forEach((regionDay, path) -> {
            RegionDayTally last = path.get(path.size() - 1);
            if (last != null) {
                tallies.put(regionDay, last);
            }
        });
        return tallies;
    }

    /**
     * Where committed tallies (every record of a region-day in the order committed, tombstones as null) leave
     * their region-day's path or step back along it; empty when none does.
     */
    List<String> departures(Map<String, List<RegionDayTally>> committed) {
        List<String> departures = new ArrayList<>();
        committed.forEach((regionDay, tallies) -> departure(regionDay, tallies).ifPresent(departures::add));
        return departures;
    }

    private Optional<String> departure(String regionDay, List<RegionDayTally> tallies) {
        List<RegionDayTally> path = paths.getOrDefault(regionDay, List.of());
        int step = 0;
        for (int i = 0; i < tallies.size(); i++) {
            while (step < path.size() && !Objects.equals(path.get(step), tallies.get(i))) {
                step++;
            }
            if (step == path.size()) {
                return Optional.of(regionDay + ": committed tally " + (i + 1) + " of " + tallies.size()
                        + " is no step of its path at or after the one before: " + tallies.get(i));
            }
        }
        return Optional.empty();
    }

    /** A region-day's tally from its current events; null when there is none. */
    private static RegionDayTally tally(Collection<StrikeEvent> events) {
        RegionDayContributions state = null;
        for (StrikeEvent event : events) {
            state = Contributions.put(state, event);
        }
        return Tallies.of(state);
    }
}
