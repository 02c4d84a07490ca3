package io.strikeline.geo;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ukraine's 27 first-level units (ISO 3166-2:UA), and what mentions of them in English, Ukrainian and
 * Russian refer to.
 *
 * <p>The names are strikeline's conventions: the English name without "Oblast" ("Sumy"), except
 * where two units would share it ("Kyiv City" UA-30, "Kyiv Oblast" UA-32) and for Crimea ("Crimea
 * (Autonomous Republic)"). National totals that belong to no unit use {@link #NATIONAL}.
 *
 * <p>Mentions are matched against tables kept as data ({@code region-names.tsv} and
 * {@code russian-regions.tsv} next to this class), never by substring, so "Belgorod" does not become
 * Bilhorod-Dnistrovskyi's region and "Dnipro" (the city) does not become an oblast on its own.
 */
public final class Regions {

    /** The country as a whole, for totals that no region can be given: ISO 3166-1 "UA". */
    public static final Region NATIONAL = new Region("UA", "Ukraine (national total)");

    private static final List<Region> ALL = List.of(
            new Region("UA-05", "Vinnytsia"),
            new Region("UA-07", "Volyn"),
            new Region("UA-09", "Luhansk"),
            new Region("UA-12", "Dnipropetrovsk"),
            new Region("UA-14", "Donetsk"),
            new Region("UA-18", "Zhytomyr"),
            new Region("UA-21", "Zakarpattia"),
            new Region("UA-23", "Zaporizhzhia"),
            new Region("UA-26", "Ivano-Frankivsk"),
            new Region("UA-30", "Kyiv City"),
            new Region("UA-32", "Kyiv Oblast"),
            new Region("UA-35", "Kirovohrad"),
            new Region("UA-40", "Sevastopol"),
            new Region("UA-43", "Crimea (Autonomous Republic)"),
            new Region("UA-46", "Lviv"),
            new Region("UA-48", "Mykolaiv"),
            new Region("UA-51", "Odesa"),
            new Region("UA-53", "Poltava"),
            new Region("UA-56", "Rivne"),
            new Region("UA-59", "Sumy"),
            new Region("UA-61", "Ternopil"),
            new Region("UA-63", "Kharkiv"),
            new Region("UA-65", "Kherson"),
            new Region("UA-68", "Khmelnytskyi"),
            new Region("UA-71", "Cherkasy"),
            new Region("UA-74", "Chernihiv"),
            new Region("UA-77", "Chernivtsi"));

    private static final Map<String, Region> BY_ISO = byIsoMap();

    private static final String KYIV_CITY = "UA-30";
    private static final String KYIV_OBLAST = "UA-32";

    private static final FormTable NAMES = FormTable.load("region-names.tsv");
    private static final FormTable RUSSIAN = FormTable.load("russian-regions.tsv");

    private Regions() {
    }

    private static Map<String, Region> byIsoMap() {
        Map<String, Region> byIso = new HashMap<>();
        for (Region region : ALL) {
            byIso.put(region.iso(), region);
        }
        return Map.copyOf(byIso);
    }

    /** The 27 first-level units in ISO code order; {@link #NATIONAL} is not one of them. */
    public static List<Region> all() {
        return ALL;
    }

    /** The unit with this ISO 3166-2:UA code ("UA-59", case-insensitive), or {@link #NATIONAL} for "UA". */
    public static Optional<Region> byIso(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        String code = iso.trim().toUpperCase(Locale.ROOT);
        if (code.equals(NATIONAL.iso())) {
            return Optional.of(NATIONAL);
        }
        return Optional.ofNullable(BY_ISO.get(code));
    }

    /**
     * The first-level unit a mention names, in English, Ukrainian or Russian, in any grammatical case:
     * "Sumy", "Sumy Oblast", "Oblast of Sumy", "Sumy region (north)", "Sumshchyna", "Сумська область",
     * "у Сумській області", "на Сумщині", "Сумской области"; older and Russian-based spellings
     * ("Kharkov", "Nikolaev", "Zaporozhye") and the Air Force dataset's typo "Cehrnihiv" included.
     *
     * <p>A bare "Kyiv" (or "Kiev", "Київ", "Киев") is the city, UA-30, because the city is a unit of
     * its own; with "oblast", "region" or "province", and as "Kyivshchyna" or "Київська область", it
     * is Kyiv Oblast, UA-32. Other cities are not units: a bare "Dnipro" or "Kropyvnytskyi" is empty
     * here (the {@link Gazetteer} places cities), while "Dnipro region" is Dnipropetrovsk Oblast. A
     * region that shares its centre's name ("Kharkiv") is the region.
     *
     * <p>Empty for Russian territory ({@link #isRussianRegion}), for "Ukraine" (a national figure is
     * the caller's decision to record as {@link #NATIONAL}), for a mention naming several units
     * ("Sumy and Kharkiv oblasts"), and for anything not recognised. A mention that lists a unit
     * with places inside it ("Dnipropetrovsk oblast, Kryvyi Rih Raion") is that unit.
     */
    public static Optional<Region> resolve(String mention) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        Mention whole = Mention.parse(mention);
        if (whole.core().isEmpty() || isRussian(whole)) {
            return Optional.empty();
        }
        Set<Region> regions = regionsOf(whole);
        if (regions.isEmpty()) {
            for (Mention part : Mention.parts(mention)) {
                if (!isRussian(part)) {
                    regions.addAll(regionsOf(part));
                }
            }
        }
        return regions.size() == 1 ? Optional.of(regions.iterator().next()) : Optional.empty();
    }

    /**
     * Whether a mention names Russian territory: a federal subject near or far ("Belgorod Oblast",
     * "Курская область", "Krasnodar Krai", "Tatarstan"), a Russian town or air base often named as a
     * launch site or target ("Millerovo", "Engels", "Sudzha"), or Russia itself. Such mentions never
     * resolve to a Ukrainian region. Occupied Ukrainian territory (Crimea, Donetsk) is Ukrainian here.
     */
    public static boolean isRussianRegion(String mention) {
        if (mention == null || mention.isBlank()) {
            return false;
        }
        if (isRussian(Mention.parse(mention))) {
            return true;
        }
        List<Mention> parts = Mention.parts(mention);
        return parts.size() > 1 && parts.stream().allMatch(Regions::isRussian);
    }

    /**
     * Whether a {@link NameKey} is, as written, the name of a Russian place in the table: the
     * gazetteer keeps such spellings out of Ukrainian places' alternates (GeoNames files "Millerovo"
     * as an old name of a village in Luhansk Oblast, "Vladimir" as Volodymyr's Russian name), so that
     * they stay Russian.
     */
    static boolean namesRussianPlace(String key) {
        return RUSSIAN.hasName(key);
    }

    private static boolean isRussian(Mention mention) {
        return !mention.core().isEmpty() && !RUSSIAN.match(mention.core()).isEmpty();
    }

    private static Set<Region> regionsOf(Mention mention) {
        Set<Region> regions = new LinkedHashSet<>();
        for (FormTable.Entry entry : NAMES.match(mention.core())) {
            String iso = entry.code();
            switch (entry.kind()) {
                case CITY:
                    if (!mention.regional()) {
                        continue;
                    }
                    break;
                case KYIV:
                    iso = mention.regional() && !mention.city() ? KYIV_OBLAST : KYIV_CITY;
                    break;
                default:
                    break;
            }
            regions.add(byIso(iso).orElseThrow(() -> new IllegalStateException("Unknown ISO code " + entry.code())));
        }
        return regions;
    }
}
