package io.strikeline.aggregate;

import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.TallyContribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The aggregation state of a region-day and how events change it: a revised event replaces its earlier
 * contribution, a retracted one is removed, so the state is always exactly the current events.
 */
public final class Contributions {

    private static final Comparator<TallyContribution> BY_ID = Comparator.comparing(TallyContribution::getEventId);

    private Contributions() {
    }

    /** The part of an event a tally needs. */
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
                .setIngestedAt(event.getIngestedAt())
                .build();
    }

    /** The state with this event's contribution in place of any earlier one; {@code state} may be null. */
    static RegionDayContributions put(RegionDayContributions state, StrikeEvent event) {
        List<TallyContribution> contributions = without(state, event.getEventId());
        // Kept in event id order: insert in place rather than sort the whole list on every event.
        TallyContribution added = of(event);
        int at = Collections.binarySearch(contributions, added, BY_ID);
        contributions.add(at < 0 ? -at - 1 : at, added);
        return RegionDayContributions.newBuilder()
                .setRegionIso(event.getRegionIso())
                .setRegionName(event.getRegionName())
                .setDate(event.getEventDate())
                .setContributions(contributions)
                .build();
    }

    /**
     * The state without this event; null when there was no state. A state left with no event is kept, empty,
     * until its tombstone tally has been emitted (see {@link RegionDayCollector}); its tally is null.
     */
    static RegionDayContributions remove(RegionDayContributions state, String eventId) {
        if (state == null) {
            return null;
        }
        return RegionDayContributions.newBuilder(state).setContributions(without(state, eventId)).build();
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
