package io.strikeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.load();

    @Test
    void shouldHoldAtLeast400Settlements() {
        assertThat(gazetteer.size()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void shouldLoadOnceAndShareTheInstance() {
        assertThat(Gazetteer.load()).isSameAs(gazetteer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kupyansk               | Kupiansk              | UA-63
            Kupiansk               | Kupiansk              | UA-63
            Куп'янськ              | Kupiansk              | UA-63
            Купянск                | Kupiansk              | UA-63
            Krivoy Rog             | Kryvyi Rih            | UA-12
            Kryvyi Rih             | Kryvyi Rih            | UA-12
            Кривий Ріг             | Kryvyi Rih            | UA-12
            Energodar              | Enerhodar             | UA-23
            Chuguiv                | Chuhuiv               | UA-63
            Chuguev                | Chuhuiv               | UA-63
            Bilhorod-Dnistrovskyi  | Bilhorod-Dnistrovskyi | UA-51
            Belgorod-Dnestrovsky   | Bilhorod-Dnistrovskyi | UA-51
            Izmail                 | Izmail                | UA-51
            Lutsk                  | Lutsk                 | UA-07
            Mukachevo              | Mukachevo             | UA-21
            Konotop                | Konotop               | UA-59
            Shostka                | Shostka               | UA-59
            Kramatorsk             | Kramatorsk            | UA-14
            Kostiantynivka         | Kostiantynivka        | UA-14
            Konstantinovka         | Kostiantynivka        | UA-14
            Bakhmut                | Bakhmut               | UA-14
            Pavlohrad              | Pavlohrad             | UA-12
            Nikopol                | Nikopol               | UA-12
            Ochakiv                | Ochakiv               | UA-48
            Snake Island           | Zmiinyi Island        | UA-51
            Зміїний                | Zmiinyi Island        | UA-51
            Belopolye              | Bilopillia            | UA-59
            Miropolskaya           | Myropillia            | UA-59
            Krasnopolskaya         | Krasnopillia          | UA-59
            Kupyansk-Vuzlovyi      | Kupiansk-Vuzlovyi     | UA-63
            Vovchansk              | Vovchansk             | UA-63
            Volchansk              | Vovchansk             | UA-63
            Huliaipole             | Huliaipole            | UA-23
            Orikhiv                | Orikhiv               | UA-23
            Stepnohirsk            | Stepnohirsk           | UA-23
            Beryslav               | Beryslav              | UA-65
            Bilozerka              | Bilozerka             | UA-65
            Antonivka              | Antonivka             | UA-65
            Marhanets              | Marhanets             | UA-12
            Pokrov                 | Pokrov                | UA-12
            Chervonohryhorivka     | Chervonohryhorivka    | UA-12
            Yunakivka              | Yunakivka             | UA-59
            Khotin                 | Khotin                | UA-59
            Vorozhba               | Vorozhba              | UA-59
            Velyka Pysarivka       | Velyka Pysarivka      | UA-59
            Kozacha Lopan          | Kozacha Lopan         | UA-63
            Kinburn Spit           | Kinburn Spit          | UA-48
            Dnipro                 | Dnipro                | UA-12
            Dnepropetrovsk         | Dnipro                | UA-12
            Zaporozhye             | Zaporizhzhia          | UA-23
            Mykolaiv               | Mykolaiv              | UA-48
            Kropyvnytskyi          | Kropyvnytskyi         | UA-35
            Chervonohrad           | Sheptytskyi           | UA-46
            Novomoskovsk           | Samar                 | UA-12
            Vuhledar               | Vuhledar              | UA-14
            """)
    void shouldLookUpSettlementsByNameOrVariant(String name, String expected, String iso) {
        assertThat(gazetteer.lookup(name)).as(name).hasValueSatisfying(settlement -> {
            assertThat(settlement.name()).isEqualTo(expected);
            assertThat(settlement.region().iso()).isEqualTo(iso);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kyiv", "Kiev", "KYIV", "Київ", "Киев", "Kyïv"})
    void shouldPlaceKyivInKyivCity(String name) {
        assertThat(gazetteer.lookup(name)).map(Settlement::region).map(Region::iso).contains("UA-30");
    }

    @Test
    void shouldPlaceSevastopolInSevastopol() {
        assertThat(gazetteer.lookup("Sevastopol")).map(Settlement::region).map(Region::iso).contains("UA-40");
        assertThat(gazetteer.lookup("Севастополь")).map(Settlement::region).map(Region::iso).contains("UA-40");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kupyansk", "KUPYANSK", "Kup’yans’k", "Kupʼyansʼk", "Kup'yans'k", "Kupjansk", "  Kupyansk  "})
    void shouldIgnoreCaseApostrophesAndSurroundingSpace(String name) {
        assertThat(gazetteer.lookup(name)).map(Settlement::name).contains("Kupiansk");
    }

    @Test
    void shouldIgnoreHyphensAndDiacritics() {
        assertThat(gazetteer.lookup("Bilhorod Dnistrovskyi")).map(Settlement::name).contains("Bilhorod-Dnistrovskyi");
        assertThat(gazetteer.lookup("Ivano Frankivsk")).map(Settlement::name).contains("Ivano-Frankivsk");
        assertThat(gazetteer.lookup("Kryvyï Rih")).map(Settlement::name).contains("Kryvyi Rih");
    }

    @Test
    void shouldPreferTheMostPopulousOfPlacesSharingAName() {
        List<Settlement> candidates = gazetteer.candidates("Zolochiv");

        assertThat(candidates).extracting(settlement -> settlement.region().iso()).contains("UA-46", "UA-63");
        assertThat(candidates).extracting(Settlement::population).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(gazetteer.lookup("Zolochiv")).contains(candidates.get(0));
    }

    @Test
    void shouldPreferAPlaceCalledByTheNameOverOneThatOnlyHadItAsAnotherSpelling() {
        assertThat(gazetteer.lookup("Khotin")).map(settlement -> settlement.region().iso()).contains("UA-59");
        assertThat(gazetteer.candidates("Khotin")).extracting(Settlement::name).containsExactly("Khotin", "Khotyn");
        assertThat(gazetteer.lookup("Stanislav")).map(settlement -> settlement.region().iso()).contains("UA-65");
        assertThat(gazetteer.candidates("Stanislav")).extracting(Settlement::name).contains("Ivano-Frankivsk");
        assertThat(gazetteer.candidates("Artemivsk")).extracting(Settlement::name).contains("Bakhmut");
    }

    @Test
    void shouldListEveryMykolaivkaMostPopulousFirst() {
        List<Settlement> candidates = gazetteer.candidates("Mykolaivka");

        assertThat(candidates).hasSizeGreaterThan(5);
        assertThat(candidates.get(0).region().iso()).isEqualTo("UA-14");
    }

    @Test
    void shouldLetTheSupplementRenameAGeoNamesPlaceAndKeepItsOldNames() {
        Settlement sheptytskyi = gazetteer.lookup("Sheptytskyi").orElseThrow();

        assertThat(sheptytskyi.region().iso()).isEqualTo("UA-46");
        assertThat(sheptytskyi.population()).isPositive();
        assertThat(sheptytskyi.alternates()).contains("Chervonohrad", "Червоноград");
        assertThat(gazetteer.candidates("Chervonohrad")).containsExactly(sheptytskyi);
    }

    @Test
    void shouldMergeASupplementRowWithTheGeoNamesRowOfTheSameNameAndRegion() {
        assertThat(gazetteer.candidates("Bilopillia")).hasSize(1);
        assertThat(gazetteer.candidates("Belopol'ye")).containsExactlyElementsOf(gazetteer.candidates("Belopolskaya"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Krasnodar", "Moscow", "Millerovo",
        "Taganrog", "Shebekino", "Sudzha", "Белгород", "Курск", "Vladimir"})
    void shouldNotContainRussianPlaces(String name) {
        assertThat(gazetteer.candidates(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Kharkiv Oblast", "Atlantis", "Kryvyi Rih district"})
    void shouldFindNothingForUnknownNamesOrRegionMentions(String name) {
        assertThat(gazetteer.lookup(name)).isEmpty();
        assertThat(gazetteer.candidates(name)).isEmpty();
    }

    @Test
    void shouldNotFailOnNull() {
        assertThat(gazetteer.lookup(null)).isEmpty();
        assertThat(gazetteer.candidates(null)).isEmpty();
    }

    @Test
    void shouldGiveEverySettlementARegionAndNoNationalOne() {
        assertThat(gazetteer.candidates("Odesa")).allSatisfy(settlement -> assertThat(settlement.region().isNational()).isFalse());
    }
}
