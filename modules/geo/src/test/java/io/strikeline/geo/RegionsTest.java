package io.strikeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void shouldListThe27FirstLevelUnitsInIsoOrder() {
        List<Region> all = Regions.all();

        assertThat(all).hasSize(27);
        assertThat(all).extracting(Region::iso).isSorted().doesNotHaveDuplicates().doesNotContain("UA");
        assertThat(all).extracting(Region::iso).startsWith("UA-05", "UA-07").endsWith("UA-74", "UA-77");
    }

    @Test
    void shouldUseTheConventionsNames() {
        assertThat(Regions.byIso("UA-59")).contains(new Region("UA-59", "Sumy"));
        assertThat(Regions.byIso("UA-30")).contains(new Region("UA-30", "Kyiv City"));
        assertThat(Regions.byIso("UA-32")).contains(new Region("UA-32", "Kyiv Oblast"));
        assertThat(Regions.byIso("UA-40")).contains(new Region("UA-40", "Sevastopol"));
        assertThat(Regions.byIso("UA-43")).contains(new Region("UA-43", "Crimea (Autonomous Republic)"));
        assertThat(Regions.byIso("UA-68")).contains(new Region("UA-68", "Khmelnytskyi"));
        assertThat(Regions.NATIONAL).isEqualTo(new Region("UA", "Ukraine (national total)"));
    }

    @Test
    void shouldFindRegionsByIsoCodeIncludingTheNationalCode() {
        assertThat(Regions.byIso("UA")).contains(Regions.NATIONAL);
        assertThat(Regions.byIso(" ua-63 ")).map(Region::name).contains("Kharkiv");
        assertThat(Regions.byIso("UA-80")).isEmpty();
        assertThat(Regions.byIso("59")).isEmpty();
        assertThat(Regions.byIso(null)).isEmpty();
        assertThat(Regions.NATIONAL.isNational()).isTrue();
        assertThat(Regions.all()).noneMatch(Region::isNational);
    }

    @Test
    void shouldResolveEveryRegionFromItsOwnName() {
        for (Region region : Regions.all()) {
            assertThat(Regions.resolve(region.name())).as(region.name()).contains(region);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Vinnytsia Oblast          | UA-05
            Volyn Oblast              | UA-07
            Luhansk Oblast            | UA-09
            Dnipropetrovsk Oblast     | UA-12
            Donetsk Oblast            | UA-14
            Zhytomyr Oblast           | UA-18
            Zakarpattia Oblast        | UA-21
            Zaporizhzhia Oblast       | UA-23
            Ivano-Frankivsk Oblast    | UA-26
            Kyiv Oblast               | UA-32
            Kirovohrad Oblast         | UA-35
            Lviv Oblast               | UA-46
            Mykolaiv Oblast           | UA-48
            Odesa Oblast              | UA-51
            Poltava Oblast            | UA-53
            Rivne Oblast              | UA-56
            Sumy Oblast               | UA-59
            Ternopil Oblast           | UA-61
            Kharkiv Oblast            | UA-63
            Kherson Oblast            | UA-65
            Khmelnytskyi Oblast       | UA-68
            Cherkasy Oblast           | UA-71
            Chernihiv Oblast          | UA-74
            Chernivtsi Oblast         | UA-77
            Autonomous Republic of Crimea | UA-43
            sumy oblast               | UA-59
            Odesa oblast              | UA-51
            Sumy region               | UA-59
            Sumy Region               | UA-59
            Kharkiv province          | UA-63
            Oblast of Kharkiv         | UA-63
            Kherson Oblast (south)    | UA-65
            the Zaporizhzhia region   | UA-23
            in the Donetsk region     | UA-14
            Ivano Frankivsk oblast    | UA-26
            IVANO-FRANKIVSK           | UA-26
            Dnipropetrovsk oblast, Kryvyi Rih Raion | UA-12
            """)
    void shouldResolveEnglishOblastForms(String mention, String iso) {
        assertThat(Regions.resolve(mention)).as(mention).map(Region::iso).contains(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Vinnitsa                  | UA-05
            Vinnytsya                 | UA-05
            Volhynia                  | UA-07
            Lugansk                   | UA-09
            Dnepropetrovsk            | UA-12
            Dnipro region             | UA-12
            Dnipro oblast             | UA-12
            Dniprovshchyna            | UA-12
            Donetskaya oblast         | UA-14
            Zhitomir                  | UA-18
            Transcarpathia            | UA-21
            Zakarpatye                | UA-21
            Zaporozhye                | UA-23
            Zaporizhia Oblast         | UA-23
            Ivano-Frankovsk           | UA-26
            Prykarpattia              | UA-26
            Kiev                      | UA-30
            Kiev Oblast               | UA-32
            Kirovograd                | UA-35
            Kropyvnytskyi region      | UA-35
            Sebastopol                | UA-40
            Sevastopol'               | UA-40
            Krym                      | UA-43
            Crimea                    | UA-43
            Lvov                      | UA-46
            Lwów                      | UA-46
            Nikolaev                  | UA-48
            Nikolayev oblast          | UA-48
            Mykolayiv                 | UA-48
            Odessa                    | UA-51
            Odessa Oblast             | UA-51
            Poltavska oblast          | UA-53
            Rovno                     | UA-56
            Sumshchyna                | UA-59
            Sums'ka oblast            | UA-59
            Ternopol                  | UA-61
            Kharkov                   | UA-63
            Kharkivshchyna            | UA-63
            Khersonskaya oblast       | UA-65
            Khmelnitsky               | UA-68
            Khmelnitskiy Oblast       | UA-68
            Khmelnytskyy              | UA-68
            Cherkassy                 | UA-71
            Chernigov                 | UA-74
            Chernovtsy                | UA-77
            Bukovyna                  | UA-77
            Czernowitz                | UA-77
            """)
    void shouldResolveOlderAndRussianBasedSpellingsAndColloquialNames(String mention, String iso) {
        assertThat(Regions.resolve(mention)).as(mention).map(Region::iso).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cehrnihiv", "Cehrnihiv oblast", "cehrnihiv"})
    void shouldResolveTheDatasetTypoForChernihiv(String mention) {
        assertThat(Regions.resolve(mention)).map(Region::iso).contains("UA-74");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Вінницька область         | UA-05
            Волинська область         | UA-07
            Волинь                    | UA-07
            на Волині                 | UA-07
            Луганська область         | UA-09
            Дніпропетровська область  | UA-12
            Дніпропетровщина          | UA-12
            Донецька область          | UA-14
            на Донеччині              | UA-14
            Житомирська область       | UA-18
            Закарпатська область      | UA-21
            на Закарпатті             | UA-21
            Запорізька область        | UA-23
            Запоріжжя                 | UA-23
            Івано-Франківська область | UA-26
            Прикарпаття               | UA-26
            Київ                      | UA-30
            Київська область          | UA-32
            Київщина                  | UA-32
            Кіровоградська область    | UA-35
            Кіровоградщина            | UA-35
            Севастополь               | UA-40
            у Севастополі             | UA-40
            Автономна Республіка Крим | UA-43
            Крим                      | UA-43
            у Криму                   | UA-43
            Львівська область         | UA-46
            Миколаївська область      | UA-48
            Одеська область           | UA-51
            на Одещині                | UA-51
            Полтавська область        | UA-53
            Рівненська область        | UA-56
            Сумська область           | UA-59
            Сумщина                   | UA-59
            Тернопільська область     | UA-61
            Харківська область        | UA-63
            Харківщина                | UA-63
            Херсонська область        | UA-65
            Хмельницька область       | UA-68
            Черкаська область         | UA-71
            Чернігівська область      | UA-74
            Чернівецька область       | UA-77
            Буковина                  | UA-77
            """)
    void shouldResolveUkrainianNominativeNames(String mention, String iso) {
        assertThat(Regions.resolve(mention)).as(mention).map(Region::iso).contains(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Сумської області          | UA-59
            у Сумській області        | UA-59
            в Сумській області        | UA-59
            Сумську область           | UA-59
            Сумською областю          | UA-59
            на Сумщині                | UA-59
            Сумщини                   | UA-59
            Сумщиною                  | UA-59
            на Харківщині             | UA-63
            Харківської області       | UA-63
            у Київській області       | UA-32
            на Київщині               | UA-32
            в Одеській області        | UA-51
            Дніпропетровської області | UA-12
            на Дніпропетровщині       | UA-12
            у Запорізькій області     | UA-23
            Херсонщину                | UA-65
            у Чернігівській області   | UA-74
            Івано-Франківської області | UA-26
            Хмельниччини              | UA-68
            у Києві                   | UA-30
            Києва                     | UA-30
            у Харкові                 | UA-63
            """)
    void shouldResolveInflectedUkrainianOblastNames(String mention, String iso) {
        assertThat(Regions.resolve(mention)).as(mention).map(Region::iso).contains(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Харьковская область       | UA-63
            Харьковской области       | UA-63
            в Харьковской области     | UA-63
            Сумская область           | UA-59
            в Сумской области         | UA-59
            Сумскую область           | UA-59
            Днепропетровской области  | UA-12
            Запорожской области       | UA-23
            Запорожье                 | UA-23
            Николаевской области      | UA-48
            Одесской области          | UA-51
            в Одессе                  | UA-51
            Киевская область          | UA-32
            Киевской области          | UA-32
            Киевщина                  | UA-32
            Киев                      | UA-30
            в Киеве                   | UA-30
            Херсонской области        | UA-65
            Черниговской области      | UA-74
            Крым                      | UA-43
            в Крыму                   | UA-43
            Севастополе               | UA-40
            Закарпатье                | UA-21
            Хмельницкой области       | UA-68
            Кировоградской области    | UA-35
            Винницкой области         | UA-05
            Житомирской области       | UA-18
            Полтавской области        | UA-53
            Черкасской области        | UA-71
            Львовской области         | UA-46
            Ровенской области         | UA-56
            Тернопольской области     | UA-61
            Волынской области         | UA-07
            Ивано-Франковской области | UA-26
            Черновицкой области       | UA-77
            Донецкой области          | UA-14
            Луганской области         | UA-09
            """)
    void shouldResolveRussianOblastNamesInAnyCase(String mention, String iso) {
        assertThat(Regions.resolve(mention)).as(mention).map(Region::iso).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sums’ka oblast", "Sums'ka oblast", "Sumsʼka oblast", "Kyiv City", "Kyïv"})
    void shouldIgnoreApostropheVariantsAndDiacritics(String mention) {
        assertThat(Regions.resolve(mention)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kyiv", "Kiev", "KYIV", "Київ", "Киев", "Kyiv City", "Kyiv city", "city of Kyiv", "м. Київ", "г. Киев"})
    void shouldResolveBareKyivToTheCity(String mention) {
        assertThat(Regions.resolve(mention)).map(Region::iso).contains("UA-30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kyiv oblast", "Kyiv Oblast", "Kyiv region", "Kiev region", "Kyiv province", "Kyivshchyna",
        "Kyivska oblast", "Київська область", "Київської області", "Київщина", "на Київщині", "Киевская область",
        "Киевской области", "Oblast of Kyiv"})
    void shouldResolveKyivWithARegionalWordToKyivOblast(String mention) {
        assertThat(Regions.resolve(mention)).map(Region::iso).contains("UA-32");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dnipro", "Дніпро", "Kropyvnytskyi", "Lutsk", "Uzhhorod", "Kryvyi Rih", "Pavlohrad",
        "Konotop", "Kupiansk"})
    void shouldNotResolveBareCityNamesOtherThanKyivAndSevastopol(String mention) {
        assertThat(Regions.resolve(mention)).isEmpty();
    }

    @Test
    void shouldResolveSevastopolAndCrimeaToTheirOwnUnits() {
        assertThat(Regions.resolve("Sevastopol")).map(Region::iso).contains("UA-40");
        assertThat(Regions.resolve("Crimea")).map(Region::iso).contains("UA-43");
        assertThat(Regions.resolve("Krym")).map(Region::iso).contains("UA-43");
        assertThat(Regions.resolve("Republic of Crimea")).map(Region::iso).contains("UA-43");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Belgorod", "Belgorod Oblast", "Belgorod region", "Kursk", "Kursk Oblast", "Bryansk", "Bryansk oblast",
        "Rostov", "Rostov-on-Don", "Rostov Oblast", "Voronezh", "Voronezh Oblast", "Krasnodar", "Krasnodar Krai",
        "Krasnodar region", "Oryol", "Orel Oblast", "Lipetsk", "Tambov", "Smolensk", "Moscow", "Moscow Oblast",
        "Moscow region", "Volgograd", "Saratov", "Astrakhan", "Kaluga", "Tula", "Ryazan", "Tver", "Leningrad Oblast",
        "Pskov", "Novgorod", "Kaliningrad", "Stavropol Krai", "Dagestan", "Tatarstan", "Bashkortostan",
        "Millerovo", "Engels", "Primorsko-Akhtarsk", "Taganrog", "Sudzha", "Shebekino", "Russia",
        "Белгородская область", "Белгородской области", "в Белгородской области", "Бєлгородська область",
        "Бєлгородщина", "на Бєлгородщині", "Курская область", "Курской области", "Курщина", "Брянская область",
        "Брянщина", "Ростовская область", "Ростовской области", "Воронежская область", "Воронезька область",
        "Краснодарский край", "Краснодарського краю", "в Краснодарском крае", "Москва", "Москві", "Московская область",
        "Подмосковье", "Татарстан", "Миллерово", "Belgorod and Kursk oblasts"})
    void shouldRecogniseRussianRegionsAndNeverResolveThem(String mention) {
        assertThat(Regions.isRussianRegion(mention)).as(mention).isTrue();
        assertThat(Regions.resolve(mention)).as(mention).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sumy", "Kharkiv Oblast", "Donetsk", "Crimea", "Kyiv", "Bilhorod-Dnistrovskyi", "Odesa", ""})
    void shouldNotTakeUkrainianRegionsForRussianOnes(String mention) {
        assertThat(Regions.isRussianRegion(mention)).as(mention).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Ukraine", "south", "oblast", "Sumy and Kharkiv oblasts", "Харківська і Сумська області",
        "Kyiv, Kyiv oblast", "Atlantis"})
    void shouldNotResolveUnknownNationalOrSeveralRegionMentions(String mention) {
        assertThat(Regions.resolve(mention)).as(mention).isEmpty();
    }

    @Test
    void shouldNotResolveNull() {
        assertThat(Regions.resolve(null)).isEmpty();
        assertThat(Regions.isRussianRegion(null)).isFalse();
    }
}
