package io.strikeline.aggregate;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.WeaponClass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The merge rule, for the events of one region and day:
 * <ol>
 *   <li>events are grouped by weapon class and model (no model counts as one model, "unspecified");</li>
 *   <li>within a group, events whose time windows overlap are one attack (overlap is transitive: A
 *       overlaps B and B overlaps C makes one attack); windows that only touch (one ends when the next
 *       begins) are separate attacks;</li>
 *   <li>an attack's counts are the maximum each source reported (a count nobody gave stays unknown);</li>
 *   <li>different models, or the same model in separate windows, are different attacks and add up.</li>
 * </ol>
 * An event without a window (an article's "overnight", say) covers its whole Kyiv calendar day.
 */
public final class AttackMerger {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Comparator<Window> BY_START = Comparator.comparing(Window::start)
            .thenComparing(Window::end).thenComparing(window -> window.event().getEventId());

    private AttackMerger() {
    }

    private record GroupKey(WeaponClass weaponClass, String model) {
    }

    private record Window(Instant start, Instant end, StrikeEvent event) {
    }

    /** The attacks among these events, in class, model and time order. */
    public static List<Attack> merge(List<StrikeEvent> events) {
        Map<GroupKey, List<Window>> groups = new TreeMap<>(Comparator.comparing(GroupKey::weaponClass)
                .thenComparing(GroupKey::model));
        for (StrikeEvent event : events) {
            String model = event.getWeaponModel() == null ? "" : event.getWeaponModel();
            groups.computeIfAbsent(new GroupKey(event.getWeaponClass(), model), key -> new ArrayList<>())
                    .add(window(event));
        }
        List<Attack> attacks = new ArrayList<>();
        groups.forEach((key, windows) -> {
            windows.sort(BY_START);
            List<Window> cluster = new ArrayList<>();
            Instant clusterEnd = null;
            for (Window window : windows) {
                if (clusterEnd != null && !window.start().isBefore(clusterEnd)) {
                    attacks.add(attack(key, cluster));
                    cluster = new ArrayList<>();
                    clusterEnd = null;
                }
                cluster.add(window);
                clusterEnd = clusterEnd == null || window.end().isAfter(clusterEnd) ? window.end() : clusterEnd;
            }
            if (!cluster.isEmpty()) {
                attacks.add(attack(key, cluster));
            }
        });
        return attacks;
    }

    private static Window window(StrikeEvent event) {
        if (event.getWindowStart() == null) {
            LocalDate day = event.getEventDate();
            return new Window(day.atStartOfDay(KYIV).toInstant(), day.plusDays(1).atStartOfDay(KYIV).toInstant(), event);
        }
        Instant start = event.getWindowStart();
        Instant end = event.getWindowEnd() == null || event.getWindowEnd().isBefore(start) ? start : event.getWindowEnd();
        // A zero-length window still has to be able to overlap: give it the smallest extent.
        return new Window(start, end.equals(start) ? start.plusMillis(1) : end, event);
    }

    private static Attack attack(GroupKey key, List<Window> cluster) {
        List<StrikeEvent> events = cluster.stream().map(Window::event).toList();
        Instant start = cluster.stream().map(Window::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = cluster.stream().map(Window::end).max(Comparator.naturalOrder()).orElseThrow();
        return new Attack(key.weaponClass(), key.model().isEmpty() ? null : key.model(), start, end,
                max(events, StrikeEvent::getLaunched), max(events, StrikeEvent::getIntercepted),
                max(events, StrikeEvent::getKilled), max(events, StrikeEvent::getInjured), events);
    }

    private static Integer max(List<StrikeEvent> events, Function<StrikeEvent, Integer> count) {
        return events.stream().map(count).filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }
}
