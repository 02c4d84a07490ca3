package io.strikeline.aggregate;

import io.strikeline.avro.TallyContribution;
import io.strikeline.avro.WeaponClass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    private AttackMerger() {
    }

    /** A contribution with its window made concrete, ordered by class, model, start, end and event id. */
    private record Window(WeaponClass weaponClass, String model, Instant start, Instant end,
            TallyContribution contribution) implements Comparable<Window> {

        boolean sameGroup(Window other) {
            return weaponClass == other.weaponClass && model.equals(other.model);
        }

        @Override
        public int compareTo(Window other) {
            int order = weaponClass.compareTo(other.weaponClass);
            if (order == 0) {
                order = model.compareTo(other.model);
            }
            if (order == 0) {
                order = start.compareTo(other.start);
            }
            if (order == 0) {
                order = end.compareTo(other.end);
            }
            return order != 0 ? order : contribution.getEventId().compareTo(other.contribution.getEventId());
        }
    }

    /** The attacks among the contributions of one region-day, in class, model and time order. */
    public static List<Attack> merge(List<TallyContribution> contributions, LocalDate day) {
        if (contributions.isEmpty()) {
            return List.of();
        }
        // Runs once per emitted tally: one sort, then a single sweep that closes an attack whenever the group
        // changes or the next window starts at or after the end of the attack so far.
        Window[] windows = new Window[contributions.size()];
        Instant[] wholeDay = new Instant[2];
        for (int i = 0; i < windows.length; i++) {
            windows[i] = window(contributions.get(i), day, wholeDay);
        }
        Arrays.sort(windows);
        List<Attack> attacks = new ArrayList<>();
        int first = 0;
        Instant attackEnd = windows[0].end();
        for (int i = 1; i < windows.length; i++) {
            Window window = windows[i];
            if (!window.sameGroup(windows[first]) || !window.start().isBefore(attackEnd)) {
                attacks.add(attack(windows, first, i, attackEnd));
                first = i;
                attackEnd = window.end();
            } else if (window.end().isAfter(attackEnd)) {
                attackEnd = window.end();
            }
        }
        attacks.add(attack(windows, first, windows.length, attackEnd));
        return attacks;
    }

    private static Window window(TallyContribution contribution, LocalDate day, Instant[] wholeDay) {
        String model = contribution.getWeaponModel() == null ? "" : contribution.getWeaponModel();
        if (contribution.getWindowStart() == null) {
            if (wholeDay[0] == null) {
                wholeDay[0] = day.atStartOfDay(KYIV).toInstant();
                wholeDay[1] = day.plusDays(1).atStartOfDay(KYIV).toInstant();
            }
            return new Window(contribution.getWeaponClass(), model, wholeDay[0], wholeDay[1], contribution);
        }
        Instant start = contribution.getWindowStart();
        Instant end = contribution.getWindowEnd() == null || contribution.getWindowEnd().isBefore(start) ? start
                : contribution.getWindowEnd();
        // A zero-length window still has to be able to overlap: give it the smallest extent.
        return new Window(contribution.getWeaponClass(), model, start, end.equals(start) ? start.plusMillis(1) : end,
                contribution);
    }

    /** windows[from, to) as one attack; sorted by start, so the first starts it. */
    private static Attack attack(Window[] windows, int from, int to, Instant end) {
        List<TallyContribution> events = new ArrayList<>(to - from);
        Integer launched = null;
        Integer intercepted = null;
        Integer killed = null;
        Integer injured = null;
        for (int i = from; i < to; i++) {
            TallyContribution event = windows[i].contribution();
            events.add(event);
            launched = max(launched, event.getLaunched());
            intercepted = max(intercepted, event.getIntercepted());
            killed = max(killed, event.getKilled());
            injured = max(injured, event.getInjured());
        }
        Window head = windows[from];
        return new Attack(head.weaponClass(), head.model().isEmpty() ? null : head.model(), head.start(), end,
                launched, intercepted, killed, injured, events);
    }

    /** The larger count; a count nobody gave stays unknown. */
    private static Integer max(Integer known, Integer reported) {
        if (reported == null) {
            return known;
        }
        return known == null || reported > known ? reported : known;
    }
}
