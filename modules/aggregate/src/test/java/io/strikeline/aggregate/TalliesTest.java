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

    private static final Instant RETRACTED = Instant.parse("2025-07-25T12:00:00Z");

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

        RegionDayContributions emptied = Contributions.remove(day(only), only.getEventId(), RETRACTED);

        assertThat(emptied.getContributions()).isEmpty();
        assertThat(Tallies.of(emptied)).isNull();
        assertThat(Contributions.remove(null, only.getEventId(), RETRACTED)).as("nothing to retract from").isNull();
        assertThat(Tallies.of(null)).isNull();
    }

    @Test
    void shouldKeepOtherEventsWhenOneIsRetracted() {
        StrikeEvent a = article("news-1", "UA-59", "2025-07-23", DRONE, 0, 2);
        StrikeEvent b = article("news-2", "UA-59", "2025-07-23", MISSILE, 1, 0);

        RegionDayContributions state = Contributions.remove(day(a, b), a.getEventId(), RETRACTED);

        assertThat(state.getContributions()).extracting(TallyContribution::getSourceId).containsExactly("news-2");
        RegionDayTally tally = Tallies.of(state);
        assertThat(tally.getKilled()).isEqualTo(1);
        assertThat(tally.getInjured()).isZero();
        assertThat(tally.getEventsByWeapon()).extracting(WeaponClassCount::getWeaponClass).containsExactly(MISSILE);
    }

    @Test
    void shouldIgnoreTheSameVersionReadTwiceButKeepAnUnchangedEventIngestedAgainKnownSinceItsFirstIngest() {
        StrikeEvent first = article("news-1", "UA-59", "2025-07-23", DRONE, 0, 2);
        RegionDayContributions state = day(first);
        Instant again = Instant.parse("2025-07-30T00:00:00Z");

        assertThat(Contributions.put(state, first)).as("a record read twice").isSameAs(state);
        RegionDayContributions reingested = Contributions.put(state,
                StrikeEvent.newBuilder(first).setIngestedAt(again).build());
        assertThat(Tallies.of(reingested).getLastUpdated()).as("as a replay of the compacted topic finds it")
                .isEqualTo(again);
        assertThat(Tallies.asOf(reingested, again.minusSeconds(1))).as("known before it came again")
                .isEqualTo(Tallies.of(state));
    }

    @Test
    void shouldTellTheTallyAsItWasKnownAtAPastInstantThroughRevisionsAndRetractions() {
        Instant t1 = Instant.parse("2025-07-23T06:00:00Z");
        Instant t2 = Instant.parse("2025-07-23T09:00:00Z");
        Instant t3 = Instant.parse("2025-07-23T15:00:00Z");
        StrikeEvent report = StrikeEvent.newBuilder(report("r1", "kpszsu/1", "UA-59", DRONE, "Shahed-136/131",
                "2025-07-22T20:00", "2025-07-23T05:00", 40, 30)).setIngestedAt(t1).build();
        StrikeEvent revised = StrikeEvent.newBuilder(report).setLaunched(46).setIngestedAt(t2).build();
        StrikeEvent article = StrikeEvent.newBuilder(article("news-1", "UA-59", "2025-07-23", MISSILE, 1, 4))
                .setIngestedAt(t2).build();

        RegionDayContributions state = Contributions.remove(day(report, revised, article), article.getEventId(), t3);

        assertThat(Tallies.asOf(state, t1.minusSeconds(1))).as("before anything was known").isNull();
        RegionDayTally atFirst = Tallies.asOf(state, t1);
        assertThat(atFirst.getLaunched()).isEqualTo(40);
        assertThat(atFirst.getEvents()).isEqualTo(1);
        assertThat(atFirst.getLastUpdated()).isEqualTo(t1);
        RegionDayTally afterRevision = Tallies.asOf(state, t2.plusSeconds(60));
        assertThat(afterRevision.getLaunched()).isEqualTo(46);
        assertThat(afterRevision.getEvents()).isEqualTo(2);
        assertThat(afterRevision.getKilled()).isEqualTo(1);
        RegionDayTally afterRetraction = Tallies.asOf(state, t3);
        assertThat(afterRetraction.getEvents()).isEqualTo(1);
        assertThat(afterRetraction.getKilled()).isZero();
        assertThat(afterRetraction).as("now").isEqualTo(Tallies.of(state));
        assertThat(state.getSuperseded()).extracting(superseded -> superseded.getSupersededAt()).containsExactly(t2, t3);
    }

    @Test
    void shouldCountAnEventOnceWhenItsRetractionIsTimedAfterItsReturn() {
        // One ingest run retracts and re-adds an event: its versions carry the run's start as ingest time, the
        // tombstone the moment it was written, a little later.
        Instant run = Instant.parse("2025-07-25T10:00:00Z");
        Instant tombstoneWritten = run.plusSeconds(5);
        StrikeEvent before = StrikeEvent.newBuilder(article("news-1", "UA-59", "2025-07-23", DRONE, 1, 2))
                .setIngestedAt(Instant.parse("2025-07-24T10:00:00Z")).build();
        StrikeEvent back = StrikeEvent.newBuilder(before).setKilled(3).setIngestedAt(run).build();

        RegionDayContributions state = Contributions.put(Contributions.remove(day(before), before.getEventId(),
                tombstoneWritten), back);

        RegionDayTally between = Tallies.asOf(state, run.plusSeconds(1));
        assertThat(between.getEvents()).isEqualTo(1);
        assertThat(between.getKilled()).as("the newer version").isEqualTo(3);
    }
}
