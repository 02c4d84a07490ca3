package io.strikeline.aggregate;

import static io.strikeline.aggregate.TestEvents.article;
import static io.strikeline.aggregate.TestEvents.report;
import static io.strikeline.avro.WeaponClass.DRONE;
import static io.strikeline.avro.WeaponClass.GLIDE_BOMB;
import static io.strikeline.avro.WeaponClass.MISSILE;
import static io.strikeline.avro.WeaponClass.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.StrikeEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttackMergerTest {

    @Test
    void shouldMergeTheSameModelInOverlappingWindowsFromDifferentSourcesTakingTheMaximum() {
        List<Attack> attacks = TestEvents.merge(
                report("hq", "kpszsu/1", "UA", DRONE, "Shahed-136/131", "2025-07-22T18:00", "2025-07-23T08:00", 71, 45),
                report("south", "PvKPivden/1", "UA", DRONE, "Shahed-136/131", "2025-07-22T20:00", "2025-07-23T06:00",
                        30, 50));

        assertThat(attacks).singleElement().satisfies(attack -> {
            assertThat(attack.launched()).isEqualTo(71);
            assertThat(attack.intercepted()).isEqualTo(50);
            assertThat(attack.contributions()).hasSize(2);
        });
    }

    @Test
    void shouldAddTheSameModelInSeparateWindowsIncludingWindowsThatOnlyTouch() {
        List<Attack> attacks = TestEvents.merge(
                report("night", "hq/1", "UA-59", DRONE, "Shahed-136/131", "2025-07-22T18:00", "2025-07-23T08:00", 20, 10),
                report("day", "hq/2", "UA-59", DRONE, "Shahed-136/131", "2025-07-23T08:00", "2025-07-23T18:00", 5, 5));

        assertThat(attacks).hasSize(2).extracting(Attack::launched).containsExactly(20, 5);
    }

    @Test
    void shouldKeepDifferentModelsAndClassesApart() {
        List<Attack> attacks = TestEvents.merge(
                report("a", "hq/1", "UA", DRONE, "Shahed-136/131", "2025-07-22T18:00", "2025-07-23T08:00", 20, 10),
                report("b", "hq/1", "UA", DRONE, "Lancet", "2025-07-22T18:00", "2025-07-23T08:00", 2, 0),
                report("c", "hq/1", "UA", MISSILE, "Kalibr", "2025-07-22T18:00", "2025-07-23T08:00", 4, 3));

        assertThat(attacks).hasSize(3);
        assertThat(attacks).extracting(Attack::model).containsExactly("Lancet", "Shahed-136/131", "Kalibr");
    }

    @Test
    void shouldMergeTransitivelyOverlappingWindows() {
        List<Attack> attacks = TestEvents.merge(
                report("a", "s/1", "UA", DRONE, "Shahed-136/131", "2025-07-22T18:00", "2025-07-22T23:00", 10, null),
                report("b", "s/2", "UA", DRONE, "Shahed-136/131", "2025-07-22T22:00", "2025-07-23T04:00", 12, null),
                report("c", "s/3", "UA", DRONE, "Shahed-136/131", "2025-07-23T03:00", "2025-07-23T08:00", 9, 8));

        assertThat(attacks).singleElement().satisfies(attack -> {
            assertThat(attack.launched()).isEqualTo(12);
            assertThat(attack.intercepted()).isEqualTo(8);
        });
    }

    @Test
    void shouldLetAnEventWithoutAWindowCoverItsWholeDay() {
        List<Attack> attacks = TestEvents.merge(
                article("news-1", "UA-59", "2025-07-23", DRONE, 1, 3),
                TestEvents.report("r", "hq/1", "UA-59", DRONE, null, "2025-07-23T02:00", "2025-07-23T05:00", 6, null));

        assertThat(attacks).singleElement().satisfies(attack -> {
            assertThat(attack.launched()).isEqualTo(6);
            assertThat(attack.killed()).isEqualTo(1);
            assertThat(attack.injured()).isEqualTo(3);
        });
    }

    @Test
    void shouldLeaveACountUnknownWhenNoSourceGaveIt() {
        assertThat(TestEvents.merge(article("news-1", "UA-63", "2025-07-23", MISSILE, null, null)))
                .singleElement().satisfies(attack -> assertThat(attack.launched()).isNull());
    }

    @Test
    void shouldLetAnArticleCorroborateTheReportOfItsClassWithTheReportsCountsBeatingThePress() {
        StrikeEvent press = StrikeEvent.newBuilder(article("news-1", "UA-59", "2025-07-23", DRONE, 2, 5))
                .setLaunched(60).setIntercepted(null).build();
        List<Attack> attacks = TestEvents.merge(press,
                TestEvents.report("r", "kpszsu/1", "UA-59", DRONE, "Shahed-136/131", "2025-07-22T20:00", "2025-07-23T05:00",
                        48, null));

        assertThat(attacks).singleElement().satisfies(attack -> {
            assertThat(attack.launched()).as("the Air Force's 48, not the press's 60").isEqualTo(48);
            assertThat(attack.intercepted()).as("nobody gave it").isNull();
            assertThat(attack.killed()).as("only the press gave it").isEqualTo(2);
            assertThat(attack.injured()).isEqualTo(5);
            assertThat(attack.model()).isEqualTo("Shahed-136/131");
            assertThat(attack.sourceCount()).isEqualTo(2);
            assertThat(attack.contributions()).extracting(c -> c.getSourceId()).containsExactly("kpszsu/1", "news-1");
        });
    }

    @Test
    void shouldMakeOneAttackOfSeveralOutletsWithoutAReportTakingTheLargestFigure() {
        List<Attack> attacks = TestEvents.merge(
                article("news-1", "UA-51", "2025-07-23", MISSILE, 2, 9),
                StrikeEvent.newBuilder(article("news-2", "UA-51", "2025-07-23", MISSILE, 3, 7))
                        .setWeaponModel("Iskander-M").build());

        assertThat(attacks).singleElement().satisfies(attack -> {
            assertThat(attack.killed()).isEqualTo(3);
            assertThat(attack.injured()).isEqualTo(9);
            assertThat(attack.model()).as("the outlets do not agree on one").isNull();
            assertThat(attack.sourceCount()).isEqualTo(2);
        });
    }

    @Test
    void shouldJoinAnArticleThatNamesNoWeaponToTheDaysFirstAttack() {
        List<Attack> attacks = TestEvents.merge(
                article("news-1", "UA-63", "2025-07-23", UNKNOWN, 1, null),
                TestEvents.report("r", "kpszsu/1", "UA-63", MISSILE, "Kh-101/555", "2025-07-23T03:00", "2025-07-23T06:00",
                        5, 4),
                TestEvents.report("r2", "kpszsu/1", "UA-63", DRONE, "Shahed-136/131", "2025-07-22T20:00",
                        "2025-07-23T05:00", 30, 28));

        assertThat(attacks).extracting(Attack::weaponClass).containsExactly(DRONE, MISSILE);
        assertThat(attacks.get(0).killed()).isEqualTo(1);
        assertThat(attacks.get(1).killed()).isNull();
        assertThat(TestEvents.merge(article("news-1", "UA-63", "2025-07-23", UNKNOWN, 1, null)))
                .as("alone, it is an attack of its own").singleElement()
                .satisfies(attack -> assertThat(attack.weaponClass()).isEqualTo(UNKNOWN));
    }

    @Test
    void shouldKeepAnArticleOfAnotherClassApartFromTheReports() {
        List<Attack> attacks = TestEvents.merge(
                article("news-1", "UA-63", "2025-07-23", GLIDE_BOMB, 1, 6),
                TestEvents.report("r2", "kpszsu/1", "UA-63", DRONE, "Shahed-136/131", "2025-07-22T20:00",
                        "2025-07-23T05:00", 30, 28));

        assertThat(attacks).extracting(Attack::weaponClass).containsExactly(DRONE, GLIDE_BOMB);
    }
}
