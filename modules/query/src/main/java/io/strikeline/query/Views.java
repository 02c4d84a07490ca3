package io.strikeline.query;

import io.strikeline.aggregate.Attack;
import io.strikeline.aggregate.AttackMerger;
import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.TallyContribution;
import io.strikeline.avro.WeaponClassCount;
import io.strikeline.geo.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API answers, as JSON: plain records with dates and instants as ISO-8601 strings, the same whether an
 * answer was read here or on another instance (they travel between instances in this shape too).
 */
public final class Views {

    private Views() {
    }

    /** A region-day tally: merged attacks, their counts, and how many sources stand behind them. */
    public record TallyView(String region, String regionName, String date, int events, Map<String, Integer> eventsByWeapon,
            long launched, long intercepted, long killed, long injured, int distinctSources, String lastUpdated) {

        static TallyView of(RegionDayTally tally) {
            Map<String, Integer> byWeapon = new LinkedHashMap<>();
            for (WeaponClassCount count : tally.getEventsByWeapon()) {
                byWeapon.put(count.getWeaponClass().name(), count.getEvents());
            }
            return new TallyView(tally.getRegionIso(), tally.getRegionName(), tally.getDate().toString(), tally.getEvents(),
                    byWeapon, tally.getLaunched(), tally.getIntercepted(), tally.getKilled(), tally.getInjured(),
                    tally.getDistinctSources(), tally.getLastUpdated().toString());
        }
    }

    /** One source behind an attack: the report or article, where to read it, what it said. */
    public record SourceView(String kind, String id, String eventId, String outlet, String url, String evidence,
            Integer launched, Integer intercepted, Integer killed, Integer injured, String ingestedAt) {

        static SourceView of(TallyContribution contribution) {
            return new SourceView(contribution.getSourceKind().name(), contribution.getSourceId(),
                    contribution.getEventId(), contribution.getOutlet(), contribution.getUrl(), contribution.getEvidence(),
                    contribution.getLaunched(), contribution.getIntercepted(), contribution.getKilled(),
                    contribution.getInjured(), contribution.getIngestedAt().toString());
        }
    }

    /** A merged attack event with its counts (see {@link AttackMerger}) and every source that supports it. */
    public record AttackView(String weaponClass, String model, String windowStart, String windowEnd, Integer launched,
            Integer intercepted, Integer killed, Integer injured, int sourceCount, List<SourceView> sources) {

        static AttackView of(Attack attack) {
            return new AttackView(attack.weaponClass().name(), attack.model(), attack.windowStart().toString(),
                    attack.windowEnd().toString(), attack.launched(), attack.intercepted(), attack.killed(),
                    attack.injured(), attack.sourceCount(), attack.contributions().stream().map(SourceView::of).toList());
        }
    }

    /** The attacks of one region-day (none when nothing is known of it), as of {@code asOf} if one was asked. */
    public record RegionDayEventsView(String region, String regionName, String date, String asOf,
            List<AttackView> attacks) {

        static RegionDayEventsView of(Region region, LocalDate date, RegionDayContributions state, Instant asOf) {
            List<AttackView> attacks = state == null ? List.of()
                    : AttackMerger.merge(state.getContributions(), date).stream().map(AttackView::of).toList();
            return new RegionDayEventsView(region.iso(), region.name(), date.toString(),
                    asOf == null ? null : asOf.toString(), attacks);
        }
    }

    /** A first-level unit of Ukraine, or the national row. */
    public record RegionView(String iso, String name) {

        static RegionView of(Region region) {
            return new RegionView(region.iso(), region.name());
        }
    }
}
