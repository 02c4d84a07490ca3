package io.strikeline.aggregate;

import static io.strikeline.aggregate.TestEvents.article;
import static io.strikeline.aggregate.TestEvents.report;
import static io.strikeline.avro.WeaponClass.DRONE;
import static io.strikeline.avro.WeaponClass.MISSILE;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.RegionDayEvents;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.WeaponClassCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalliesTest {

    private static RegionDayEvents day(StrikeEvent... events) {
        RegionDayEvents state = RegionDayState.empty();
        for (StrikeEvent event : events) {
            state = RegionDayState.add(RegionDayKey.of(event), event, state);
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
    void shouldForgetTheRegionDayWhenItsLastEventIsRetracted() {
        StrikeEvent only = article("news-1", "UA-59", "2025-07-23", DRONE, 0, 2);
        RegionDayEvents state = day(only);

        assertThat(RegionDayState.remove(RegionDayKey.of(only), only, state)).isNull();
        assertThat(Tallies.of(null)).isNull();
    }

    @Test
    void shouldKeepOtherEventsWhenOneIsRetracted() {
        StrikeEvent a = article("news-1", "UA-59", "2025-07-23", DRONE, 0, 2);
        StrikeEvent b = article("news-2", "UA-59", "2025-07-23", MISSILE, 1, 0);

        RegionDayEvents state = RegionDayState.remove(RegionDayKey.of(a), a, day(a, b));

        assertThat(state.getEvents()).extracting(StrikeEvent::getEventId).containsExactly("news-2");
        assertThat(Tallies.of(state).getKilled()).isEqualTo(1);
        assertThat(Tallies.of(state).getEventsByWeapon()).extracting(WeaponClassCount::getWeaponClass)
                .containsExactly(MISSILE);
        assertThat(List.of(Tallies.of(state).getInjured())).containsExactly(0L);
    }
}
