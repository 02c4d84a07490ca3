package io.strikeline.aggregate;

import io.strikeline.avro.RegionDayEvents;
import io.strikeline.avro.StrikeEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The adder and subtractor of the region-day aggregation: a revised event replaces its earlier version,
 * a retracted one is removed, so the state is always exactly the current events of that region and day.
 */
final class RegionDayState {

    private RegionDayState() {
    }

    static RegionDayEvents empty() {
        return RegionDayEvents.newBuilder()
                .setRegionIso("")
                .setRegionName("")
                .setDate(LocalDate.EPOCH)
                .setEvents(List.of())
                .build();
    }

    static RegionDayEvents add(String key, StrikeEvent event, RegionDayEvents state) {
        List<StrikeEvent> events = without(state.getEvents(), event.getEventId());
        events.add(event);
        events.sort(Comparator.comparing(StrikeEvent::getEventId));
        return RegionDayEvents.newBuilder()
                .setRegionIso(event.getRegionIso())
                .setRegionName(event.getRegionName())
                .setDate(event.getEventDate())
                .setEvents(events)
                .build();
    }

    /** Null once the last event is gone: the store then forgets the region-day and the tally is tombstoned. */
    static RegionDayEvents remove(String key, StrikeEvent event, RegionDayEvents state) {
        List<StrikeEvent> events = without(state.getEvents(), event.getEventId());
        if (events.isEmpty()) {
            return null;
        }
        return RegionDayEvents.newBuilder(state).setEvents(events).build();
    }

    private static List<StrikeEvent> without(List<StrikeEvent> events, String eventId) {
        List<StrikeEvent> kept = new ArrayList<>(events.size() + 1);
        for (StrikeEvent existing : events) {
            if (!existing.getEventId().equals(eventId)) {
                kept.add(existing);
            }
        }
        return kept;
    }
}
