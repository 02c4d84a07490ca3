package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor on short articles written for these tests, one rule of the conventions each. */
class ArticleExtractorTest {

    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);
    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.create();

    private static List<ExtractedEvent> extract(String text) {
        return EXTRACTOR.extract(new ArticleText("t1", null, "test", FRIDAY, null, text));
    }

    @Test
    void shouldRecordAnAirForceTotalAsNationalAndTheNamedRegionsWithoutCounts() {
        List<ExtractedEvent> events = extract("Russia launched 40 Shahed drones at Ukraine overnight, the air force said. "
                + "Air defence shot down 31 of them over the Poltava and Cherkasy regions.");

        assertThat(events).extracting(e -> e.region().iso(), ExtractedEvent::date, ExtractedEvent::weapon,
                ExtractedEvent::launched).containsExactlyInAnyOrder(
                tuple("UA", FRIDAY, WeaponClass.DRONE, 40),
                tuple("UA-53", FRIDAY, WeaponClass.DRONE, null),
                tuple("UA-71", FRIDAY, WeaponClass.DRONE, null));
        assertThat(events.get(0).dateBasis()).isEqualTo(DateBasis.OVERNIGHT_END);
    }

    @Test
    void shouldReadShotDownNOfMAsInterceptedAndLaunched() {
        List<ExtractedEvent> events = extract("Ukrainian air defences shot down 18 of the 23 drones Russia launched "
                + "at the country overnight.");

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.region().iso()).isEqualTo("UA");
            assertThat(event.launched()).isEqualTo(23);
            assertThat(event.intercepted()).isEqualTo(18);
        });
    }

    @Test
    void shouldMapASettlementToItsRegionAndKeepItsName() {
        List<ExtractedEvent> events = extract("A Russian missile hit an apartment block in Kryvyi Rih on Wednesday, "
                + "killing three people and injuring 12.");

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.region().iso()).isEqualTo("UA-12");
            assertThat(event.settlements()).containsExactly("Kryvyi Rih");
            assertThat(event.weapon()).isEqualTo(WeaponClass.MISSILE);
            assertThat(event.date()).isEqualTo(LocalDate.of(2024, 3, 13));
            assertThat(event.dateBasis()).isEqualTo(DateBasis.WEEKDAY);
            assertThat(event.killed()).isEqualTo(3);
            assertThat(event.injured()).isEqualTo(12);
        });
    }

    @Test
    void shouldTellKyivCityFromKyivOblast() {
        assertThat(extract("Drones attacked Kyiv overnight.")).extracting(e -> e.region().iso()).containsExactly("UA-30");
        assertThat(extract("Drones attacked Kyiv Oblast overnight.")).extracting(e -> e.region().iso())
                .containsExactly("UA-32");
    }

    @Test
    void shouldNotCountUkrainianStrikesOnRussia() {
        assertThat(extract("Ukrainian drones struck an oil depot in Russia's Belgorod region overnight, "
                + "the local governor said.")).isEmpty();
    }

    @Test
    void shouldNotCountLaunchAreasAsTargets() {
        List<ExtractedEvent> events = extract("The missiles were launched from occupied Crimea and hit Odesa yesterday.");

        assertThat(events).extracting(e -> e.region().iso(), ExtractedEvent::date)
                .containsExactly(tuple("UA-51", FRIDAY.minusDays(1)));
    }

    @Test
    void shouldNotCountAnAirRaidAlertAlone() {
        assertThat(extract("An air raid alert was declared in the Kharkiv region on Friday morning.")).isEmpty();
    }

    @Test
    void shouldNotCountDiplomacyOrBackground() {
        assertThat(extract("Delegations met in Geneva for talks on a ceasefire. Russia has regularly shelled "
                + "Kherson since the start of the war.")).isEmpty();
    }

    @Test
    void shouldReadShellingAsArtilleryAndLetAnamedWeaponOverrideIt() {
        assertThat(extract("Russian troops shelled Nikopol on March 12.")).extracting(ExtractedEvent::weapon,
                ExtractedEvent::date).containsExactly(tuple(WeaponClass.ARTILLERY, LocalDate.of(2024, 3, 12)));
        assertThat(extract("Russian forces shelled Sumy with KAB guided bombs on March 12."))
                .extracting(ExtractedEvent::weapon).containsExactly(WeaponClass.GLIDE_BOMB);
    }

    @Test
    void shouldTakeTheLatestRisingCasualtyFigureOfOneAttack() {
        List<ExtractedEvent> events = extract("A Russian drone hit a bus in Kherson today, injuring five people. "
                + "The number of injured has since risen to eight, the governor said.");

        assertThat(events).singleElement().extracting(ExtractedEvent::injured).isEqualTo(8);
    }

    @Test
    void shouldRecordNoCasualtiesAsZero() {
        assertThat(extract("Russia attacked Zaporizhzhia with drones overnight. No casualties were reported."))
                .singleElement().satisfies(event -> {
                    assertThat(event.killed()).isZero();
                    assertThat(event.injured()).isZero();
                });
    }

    @Test
    void shouldNotCountAnIndefiniteArticleAsANumberLaunched() {
        assertThat(extract("A Russian missile struck Dnipro this morning.")).singleElement()
                .extracting(ExtractedEvent::launched).isNull();
    }

    @Test
    void shouldSkipPhotoCaptionsAndReadAlsoTeasers() {
        assertThat(extract("A destroyed house in Bakhmut. (Photo: Getty Images)\n"
                + "Read also: Drone attack on Lviv injures two")).isEmpty();
    }

    @Test
    void shouldDateANightByTheDayItEnds() {
        assertThat(extract("Russia attacked Kharkiv with drones on the night of 13-14 March."))
                .singleElement().satisfies(event -> {
                    assertThat(event.date()).isEqualTo(LocalDate.of(2024, 3, 14));
                    assertThat(event.dateBasis()).isEqualTo(DateBasis.OVERNIGHT_END);
                });
    }

    @Test
    void shouldQuoteTheEvidenceSentenceWithItsOffsets() {
        String text = "Officials gave an update. Russian drones struck Chernihiv overnight.";

        ExtractedEvent event = extract(text).get(0);

        assertThat(text.substring(event.evidence().start(), event.evidence().end()))
                .isEqualTo("Russian drones struck Chernihiv overnight.").isEqualTo(event.evidence().sentence());
    }

    @Test
    void shouldGiveTheNationalTotalTheInterceptionsOfTheNextSentence() {
        assertThat(extract("Russian forces launched 112 drones at Ukraine overnight, the Air Force said. "
                + "Of the drones, 84 were shot down and 20 were lost to electronic warfare.")).singleElement()
                .satisfies(event -> {
                    assertThat(event.region().iso()).isEqualTo("UA");
                    assertThat(event.launched()).isEqualTo(112);
                    assertThat(event.intercepted()).as("drones lost to jamming are not intercepted").isEqualTo(84);
                });
    }

    @Test
    void shouldNotReadACasualtyFigureAsANumberOfWeapons() {
        assertThat(extract("Two people were killed and 11 injured when a Russian missile struck a residential building "
                + "in Kryvyi Rih on Sunday evening.")).singleElement().satisfies(event -> {
                    assertThat(event.launched()).isNull();
                    assertThat(event.killed()).isEqualTo(2);
                    assertThat(event.injured()).isEqualTo(11);
                });
    }

    @Test
    void shouldCountOnePersonWoundedByName() {
        assertThat(extract("Russian troops struck Kupiansk with FPV drones, wounding a 45-year-old man."))
                .singleElement().extracting(ExtractedEvent::injured).isEqualTo(1);
    }
}
