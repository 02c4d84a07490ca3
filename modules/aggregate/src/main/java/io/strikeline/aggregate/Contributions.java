package io.strikeline.aggregate;

import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.SupersededContribution;
import io.strikeline.avro.TallyContribution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aggregation state of a region-day and how events change it: a revised event replaces its earlier
 * contribution, a retracted one is removed, so the current contributions are always exactly the current events.
 * The versions replaced or removed are kept, with the instant they stopped being true, for the as-of view
 * ({@link Tallies#asOf}).
 */
public final class Contributions {

    private static final Comparator<TallyContribution> BY_ID = Comparator.comparing(TallyContribution::getEventId);

    private Contributions() {
    }

    /** The source record behind a contribution ({@code KIND:ID}): what "distinct sources" counts. */
    public static String source(TallyContribution contribution) {
        return contribution.getSourceKind() + ":" + contribution.getSourceId();
    }

    /** The part of an event a tally needs, with where it came from. */
    public static TallyContribution of(StrikeEvent event) {
        return TallyContribution.newBuilder()
                .setEventId(event.getEventId())
                .setSourceKind(event.getProvenance().getSourceKind())
                .setSourceId(event.getProvenance().getSourceId())
                .setWeaponClass(event.getWeaponClass())
                .setWeaponModel(event.getWeaponModel())
                .setWindowStart(event.getWindowStart())
                .setWindowEnd(event.getWindowEnd())
                .setLaunched(event.getLaunched())
                .setIntercepted(event.getIntercepted())
                .setKilled(event.getKilled())
                .setInjured(event.getInjured())
                .setOutlet(event.getProvenance().getOutlet())
                .setUrl(event.getProvenance().getUrl())
                .setEvidence(event.getProvenance().getEvidence())
                .setIngestedAt(event.getIngestedAt())
                .build();
    }

    /**
     * The state with this event's contribution in place of any earlier one; {@code state} may be null. The very
     * same version again (a record read twice) returns {@code state} itself. A version that only entered the
     * pipeline again (a source re-ingested as it was) replaces the earlier one like any revision: the tally's
     * {@code last_updated} is then the newest ingest time, as a replay of the compacted topics (which keep only
     * the newest version) finds it, and the earlier version stays known for the time it was current.
     */
    static RegionDayContributions put(RegionDayContributions state, StrikeEvent event) {
        TallyContribution added = of(event);
        TallyContribution earlier = find(state, event.getEventId());
        if (added.equals(earlier)) {
            return state;
        }
        List<TallyContribution> contributions = without(state, event.getEventId());
        // Kept in event id order: insert in place rather than sort the whole list on every event.
        int at = Collections.binarySearch(contributions, added, BY_ID);
        contributions.add(at < 0 ? -at - 1 : at, added);
        return RegionDayContributions.newBuilder()
                .setRegionIso(event.getRegionIso())
                .setRegionName(event.getRegionName())
                .setDate(event.getEventDate())
                .setContributions(contributions)
                .setSuperseded(supersede(state, earlier, added.getIngestedAt()))
                .build();
    }

    /**
     * The state without this event, the removed version kept as superseded at {@code retractedAt}; null when there
     * was no state. A state left with no event is kept, empty, until its tombstone tally has been emitted (see
     * {@link RegionDayCollector}); its tally is null.
     */
    static RegionDayContributions remove(RegionDayContributions state, String eventId, Instant retractedAt) {
        if (state == null) {
            return null;
        }
        if (find(state, eventId) == null) {
            return state; // already retracted, or never counted here
        }
        return with(state, without(state, eventId), supersede(state, find(state, eventId), retractedAt));
    }

    /**
     * The region-day as it was known at {@code instant}: the versions of its events that had entered the pipeline
     * by then and had not yet been revised or retracted. Null when {@code day} is.
     */
    public static RegionDayContributions knownAt(RegionDayContributions day, Instant instant) {
        if (day == null) {
            return null;
        }
        // By event id, the newest version known then. Retractions are timed by when the tombstone was written and
        // versions by when their source entered the pipeline: in the moments where those two clocks overlap, an id
        // can have two versions known, and it counts once.
        Map<String, TallyContribution> known = new TreeMap<>();
        for (SupersededContribution earlier : day.getSuperseded()) {
            if (!earlier.getContribution().getIngestedAt().isAfter(instant) && earlier.getSupersededAt().isAfter(instant)) {
                known.merge(earlier.getContribution().getEventId(), earlier.getContribution(), Contributions::newer);
            }
        }
        for (TallyContribution current : day.getContributions()) {
            if (!current.getIngestedAt().isAfter(instant)) {
                known.merge(current.getEventId(), current, Contributions::newer);
            }
        }
        return with(day, new ArrayList<>(known.values()), List.of());
    }

    /**
     * The state with these lists, its other fields as they were. Built afresh rather than with
     * {@code newBuilder(state)}, which deep-copies every contribution (and needs Avro to trust the classes).
     */
    private static RegionDayContributions with(RegionDayContributions state, List<TallyContribution> contributions,
            List<SupersededContribution> superseded) {
        return RegionDayContributions.newBuilder()
                .setRegionIso(state.getRegionIso())
                .setRegionName(state.getRegionName())
                .setDate(state.getDate())
                .setContributions(contributions)
                .setSuperseded(superseded)
                .setChangedAt(state.getChangedAt())
                .build();
    }

    private static TallyContribution newer(TallyContribution a, TallyContribution b) {
        return b.getIngestedAt().isBefore(a.getIngestedAt()) ? a : b;
    }

    /**
     * The state without the versions superseded before {@code horizon}: the as-of view reaches back that far, and
     * no further, so that revisions and re-ingests do not grow a region-day's state without end. Null when nothing
     * is left to keep (no current event and no history).
     */
    static RegionDayContributions forgetBefore(RegionDayContributions state, Instant horizon) {
        List<SupersededContribution> kept = new ArrayList<>();
        for (SupersededContribution earlier : state.getSuperseded()) {
            if (!earlier.getSupersededAt().isBefore(horizon)) {
                kept.add(earlier);
            }
        }
        if (kept.isEmpty() && state.getContributions().isEmpty()) {
            return null;
        }
        return kept.size() == state.getSuperseded().size() ? state
                : with(state, state.getContributions(), kept);
    }

    private static TallyContribution find(RegionDayContributions state, String eventId) {
        if (state != null) {
            for (TallyContribution contribution : state.getContributions()) {
                if (contribution.getEventId().equals(eventId)) {
                    return contribution;
                }
            }
        }
        return null;
    }

    private static List<SupersededContribution> supersede(RegionDayContributions state, TallyContribution version,
            Instant at) {
        List<SupersededContribution> superseded = state == null ? new ArrayList<>()
                : new ArrayList<>(state.getSuperseded());
        if (version != null) {
            superseded.add(new SupersededContribution(version, at));
        }
        return superseded;
    }

    private static List<TallyContribution> without(RegionDayContributions state, String eventId) {
        List<TallyContribution> kept = new ArrayList<>(state == null ? 1 : state.getContributions().size() + 1);
        if (state != null) {
            for (TallyContribution contribution : state.getContributions()) {
                if (!contribution.getEventId().equals(eventId)) {
                    kept.add(contribution);
                }
            }
        }
        return kept;
    }
}
