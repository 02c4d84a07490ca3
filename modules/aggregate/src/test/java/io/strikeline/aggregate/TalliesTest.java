package io.strikeline.aggregate;

import static io.strikeline.aggregate.TestEvents.article;
import static io.strikeline.aggregate.TestEvents.report;
import static io.strikeline.avro.WeaponClass.DRONE;
import static io.strikeline.avro.WeaponClass.MISSILE;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.TallyContribution;
import io.strikeline.avro.WeaponClassCount;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TalliesTest {

    private static RegionDayContributions day(StrikeEvent... events) {
        RegionDayContributions state = null;
        for (StrikeEvent event : events) {
            state = Contributions.put(state, event);
        }
        return state;
    }

    @Test
    void shouldCountMergedAttacksByClassAndSumTheirCounts() {
        RegionDayTally tally = Tallies.of(day(
                report("hq-drones", "kpszsu/1", "UA", DRONE, "Shahed-136/131", "2025-07-22T18:00", "2025-07-23T08:00",
                        71, 45),
                report("south-drones", "PvKPivden/1", "UA", DRONE, "Shahed-136/131", "2025-07-22T20:00",
                        "2025-07-23T06:00", 30, 25),
                report("hq-missiles", "kpszsu/1", "UA", MISSILE, "Kalibr", "2025-07-22T18:00", "2025-07-23T08:00", 4, 3)));

        assertThat(tally.getRegionIso()).isEqualTo("UA");
        assertThat(tally.getDate()).isEqualTo(LocalDate.of(2025, 7, 23));
        assertThat(tally.getEvents()).isEqualTo(2);
        assertThat(tally.getEventsByWeapon()).containsExactly(new WeaponClassCount(DRONE, 1), new WeaponClassCount(MISSILE, 1));
        assertThat(tally.getLaunched()).isEqualTo(75);
        assertThat(tally.getIntercepted()).isEqualTo(48);
        assertThat(tally.getDistinctSources()).isEqualTo(2);
        assertThat(tally.getLastUpdated()).isEqualTo(TestEvents.INGESTED);
    }

    @Test
    void shouldReplaceARevisedEventInsteadOfCountingItTwice() {
        StrikeEvent first = report("r1", "kpszsu/1", "UA", DRONE, "Shahed-136/131", "2025-08-25T19:00",
                "2025-08-26T09:30", 109, 99);
        StrikeEvent revised = StrikeEvent.newBuilder(first).setLaunched(115)
                .setIngestedAt(Instant.parse("2026-04-05T00:00:00Z")).build();

        RegionDayTally tally = Tallies.of(day(first, revised));

        assertThat(tally.getEvents()).isEqualTo(1);
        assertThat(tally.getLaunched()).isEqualTo(115);
        assertThat(tally.getLastUpdated()).isEqualTo(Instant.parse("2026-04-05T00:00:00Z"));
    }

    @Test
    void shouldLeaveAnEmptyStateWhoseTallyIsATombstoneWhenTheLastEventIsRetracted() {
        StrikeEvent only = article("news-1", "UA-59", "2025-07-23", DRONE, 0, 2);

        RegionDayContributions emptied = Contributions.remove(day(only), only.getEventId());

        assertThat(emptied.getContributions()).isEmpty();
        assertThat(Tallies.of(emptied)).isNull();
        assertThat(Contributions.remove(null, only.getEventId())).as("nothing to retract from").isNull();
        assertThat(Tallies.of(null)).isNull();
    }

    @Test
    void shouldKeepOtherEventsWhenOneIsRetracted() {
        StrikeEvent a = article("news-1", "UA-59", "2025-07-23", DRONE, 0, 2);
        StrikeEvent b = article("news-2", "UA-59", "2025-07-23", MISSILE, 1, 0);

        RegionDayContributions state = Contributions.remove(day(a, b), a.getEventId());

        assertThat(state.getContributions()).extracting(TallyContribution::getSourceId).containsExactly("news-2");
        RegionDayTally tally = Tallies.of(state);
        assertThat(tally.getKilled()).isEqualTo(1);
        assertThat(tally.getInjured()).isZero();
        assertThat(tally.getEventsByWeapon()).extracting(WeaponClassCount::getWeaponClass).containsExactly(MISSILE);
    }
}
