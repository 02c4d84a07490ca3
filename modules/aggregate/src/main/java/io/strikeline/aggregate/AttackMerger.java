package io.strikeline.aggregate;

import io.strikeline.avro.TallyContribution;
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
            .thenComparing(Window::end).thenComparing(window -> window.contribution().getEventId());

    private AttackMerger() {
    }

    private record GroupKey(WeaponClass weaponClass, String model) {
    }

    private record Window(Instant start, Instant end, TallyContribution contribution) {
    }

    /** The attacks among the contributions of one region-day, in class, model and time order. */
    public static List<Attack> merge(List<TallyContribution> contributions, LocalDate day) {
        Map<GroupKey, List<Window>> groups = new TreeMap<>(Comparator.comparing(GroupKey::weaponClass)
                .thenComparing(GroupKey::model));
        for (TallyContribution contribution : contributions) {
            String model = contribution.getWeaponModel() == null ? "" : contribution.getWeaponModel();
            groups.computeIfAbsent(new GroupKey(contribution.getWeaponClass(), model), key -> new ArrayList<>())
                    .add(window(contribution, day));
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

    private static Window window(TallyContribution contribution, LocalDate day) {
        if (contribution.getWindowStart() == null) {
            return new Window(day.atStartOfDay(KYIV).toInstant(), day.plusDays(1).atStartOfDay(KYIV).toInstant(),
                    contribution);
        }
        Instant start = contribution.getWindowStart();
        Instant end = contribution.getWindowEnd() == null || contribution.getWindowEnd().isBefore(start) ? start
                : contribution.getWindowEnd();
        // A zero-length window still has to be able to overlap: give it the smallest extent.
        return new Window(start, end.equals(start) ? start.plusMillis(1) : end, contribution);
    }

    private static Attack attack(GroupKey key, List<Window> cluster) {
        List<TallyContribution> events = cluster.stream().map(Window::contribution).toList();
        Instant start = cluster.stream().map(Window::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = cluster.stream().map(Window::end).max(Comparator.naturalOrder()).orElseThrow();
        return new Attack(key.weaponClass(), key.model().isEmpty() ? null : key.model(), start, end,
                max(events, TallyContribution::getLaunched), max(events, TallyContribution::getIntercepted),
                max(events, TallyContribution::getKilled), max(events, TallyContribution::getInjured), events);
    }

    private static Integer max(List<TallyContribution> events, Function<TallyContribution, Integer> count) {
        return events.stream().map(count).filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }
}
