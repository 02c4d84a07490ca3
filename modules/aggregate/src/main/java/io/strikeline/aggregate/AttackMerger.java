package io.strikeline.aggregate;

import io.strikeline.avro.SourceKind;
import io.strikeline.avro.TallyContribution;
import io.strikeline.avro.WeaponClass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The merge rule, for the events of one region and day. Official reports (the Air Force's and its regional
 * commands' strike reports) give weapon models and time windows; the press (articles) gives neither, but gives
 * the casualties reports never state.
 * <ol>
 *   <li>Reports are grouped by weapon class and model (no model counts as one model, "unspecified"). Within a
 *       group, reports whose time windows overlap are one attack (overlap is transitive: A overlaps B and B
 *       overlaps C makes one attack); windows that only touch (one ends when the next begins) are separate
 *       attacks. Different models, or the same model in separate windows, are different attacks and add up.</li>
 *   <li>Articles corroborate: an article's event joins the first report attack of its weapon class that day,
 *       first in model order ("unspecified" first), then in time (one attack, so that its casualties are counted
 *       once). With no report of that class, the articles of that class are one attack of their own (two outlets
 *       about the same strike are one strike). An article that names no weapon (UNKNOWN) joins the day's first
 *       attack in class, model and time order, if there is one.</li>
 *   <li>An attack's counts: where official reports give a count, the largest of theirs (the Air Force beats
 *       the press); where none does, the largest the press gives; a count nobody gave stays unknown.</li>
 * </ol>
 * An event without a window (an article's "overnight", say) covers its whole Kyiv calendar day.
 */
public final class AttackMerger {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    /** Attacks in class, model ("unspecified" first) and time order. */
    private static final Comparator<Draft> ORDER = Comparator.comparing((Draft draft) -> draft.weaponClass)
            .thenComparing(draft -> draft.model == null ? "" : draft.model)
            .thenComparing(draft -> draft.start);

    private AttackMerger() {
    }

    /** Whether a source is official (its counts beat the press's). */
    static boolean official(TallyContribution contribution) {
        return contribution.getSourceKind() == SourceKind.STRIKE_REPORT;
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

    /** An attack being assembled: its class, model and window, and its sources, official and press apart. */
    private static final class Draft {
        final WeaponClass weaponClass;
        final String model;
        final Instant start;
        final Instant end;
        final List<TallyContribution> official = new ArrayList<>();
        final List<TallyContribution> press = new ArrayList<>();

        Draft(WeaponClass weaponClass, String model, Instant start, Instant end) {
            this.weaponClass = weaponClass;
            this.model = model;
            this.start = start;
            this.end = end;
        }

        Attack attack() {
            List<TallyContribution> sources = new ArrayList<>(official.size() + press.size());
            sources.addAll(official);
            sources.addAll(press);
            return new Attack(weaponClass, model, start, end,
                    count(TallyContribution::getLaunched), count(TallyContribution::getIntercepted),
                    count(TallyContribution::getKilled), count(TallyContribution::getInjured), sources);
        }

        /** The officials' largest figure; the press's only where no official source gives one. */
        private Integer count(Function<TallyContribution, Integer> figure) {
            Integer fromReports = largest(official, figure);
            return fromReports != null ? fromReports : largest(press, figure);
        }
    }

    /** The attacks among the contributions of one region-day, in class, model and time order. */
    public static List<Attack> merge(List<TallyContribution> contributions, LocalDate day) {
        if (contributions.isEmpty()) {
            return List.of();
        }
        Instant dayStart = day.atStartOfDay(KYIV).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(KYIV).toInstant();
        List<TallyContribution> reports = new ArrayList<>();
        Map<WeaponClass, List<TallyContribution>> pressByClass = new EnumMap<>(WeaponClass.class);
        for (TallyContribution contribution : contributions) {
            if (official(contribution)) {
                reports.add(contribution);
            } else {
                pressByClass.computeIfAbsent(contribution.getWeaponClass(), c -> new ArrayList<>()).add(contribution);
            }
        }
        List<Draft> drafts = reportAttacks(reports, dayStart, dayEnd);
        List<TallyContribution> unknown = pressByClass.remove(WeaponClass.UNKNOWN);
        pressByClass.forEach((weaponClass, press) -> {
            Draft joined = drafts.stream().filter(draft -> draft.weaponClass == weaponClass).findFirst().orElse(null);
            if (joined == null) {
                joined = new Draft(weaponClass, commonModel(press), dayStart, dayEnd);
                drafts.add(joined);
            }
            joined.press.addAll(press);
        });
        drafts.sort(ORDER);
        if (unknown != null) {
            if (drafts.isEmpty()) {
                drafts.add(new Draft(WeaponClass.UNKNOWN, commonModel(unknown), dayStart, dayEnd));
            }
            drafts.get(0).press.addAll(unknown);
        }
        return drafts.stream().map(Draft::attack).toList();
    }

    /** The reports' attacks: one sort, then a sweep that closes an attack when the group changes or a gap opens. */
    private static List<Draft> reportAttacks(List<TallyContribution> reports, Instant dayStart, Instant dayEnd) {
        List<Draft> drafts = new ArrayList<>();
        if (reports.isEmpty()) {
            return drafts;
        }
        Window[] windows = new Window[reports.size()];
        for (int i = 0; i < windows.length; i++) {
            windows[i] = window(reports.get(i), dayStart, dayEnd);
        }
        Arrays.sort(windows);
        int first = 0;
        Instant attackEnd = windows[0].end();
        for (int i = 1; i < windows.length; i++) {
            Window window = windows[i];
            if (!window.sameGroup(windows[first]) || !window.start().isBefore(attackEnd)) {
                drafts.add(draft(windows, first, i, attackEnd));
                first = i;
                attackEnd = window.end();
            } else if (window.end().isAfter(attackEnd)) {
                attackEnd = window.end();
            }
        }
        drafts.add(draft(windows, first, windows.length, attackEnd));
        return drafts;
    }

    private static Window window(TallyContribution contribution, Instant dayStart, Instant dayEnd) {
        String model = contribution.getWeaponModel() == null ? "" : contribution.getWeaponModel();
        if (contribution.getWindowStart() == null) {
            return new Window(contribution.getWeaponClass(), model, dayStart, dayEnd, contribution);
        }
        Instant start = contribution.getWindowStart();
        Instant end = contribution.getWindowEnd() == null || contribution.getWindowEnd().isBefore(start) ? start
                : contribution.getWindowEnd();
        // A zero-length window still has to be able to overlap: give it the smallest extent.
        return new Window(contribution.getWeaponClass(), model, start, end.equals(start) ? start.plusMillis(1) : end,
                contribution);
    }

    /** windows[from, to) as one attack; sorted by start, so the first starts it. */
    private static Draft draft(Window[] windows, int from, int to, Instant end) {
        Window head = windows[from];
        Draft draft = new Draft(head.weaponClass(), head.model().isEmpty() ? null : head.model(), head.start(), end);
        for (int i = from; i < to; i++) {
            draft.official.add(windows[i].contribution());
        }
        return draft;
    }

    /** The model every one of the events names, or null when they name none or differ. */
    private static String commonModel(List<TallyContribution> events) {
        String model = events.get(0).getWeaponModel();
        for (TallyContribution event : events) {
            if (!Objects.equals(model, event.getWeaponModel())) {
                return null;
            }
        }
        return model;
    }

    /** The largest figure the events give; null when none gives one. */
    private static Integer largest(List<TallyContribution> events, Function<TallyContribution, Integer> figure) {
        Integer largest = null;
        for (TallyContribution event : events) {
            Integer value = figure.apply(event);
            if (value != null && (largest == null || value > largest)) {
                largest = value;
            }
        }
        return largest;
    }
}
