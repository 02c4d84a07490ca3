package io.strikeline.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's two data files, merged: places generated from GeoNames, corrected and completed by
 * the hand-curated supplement.
 *
 * <p>A supplement row replaces the GeoNames row it names by geonameid, or else the most populous
 * GeoNames row with the same name in the same region: its name wins (a renaming such as Chervonohrad
 * to Sheptytskyi), its population wins unless it is 0, and both rows' spellings are kept, the
 * replaced name included, so that nothing that used to match stops matching. Any other supplement
 * row is a place of its own.
 */
final class SettlementSources {

    static final String GEONAMES = "settlements-geonames.tsv";
    static final String SUPPLEMENT = "settlements-supplement.tsv";

    private SettlementSources() {
    }

    /** A settlement and the {@link NameKey}s it is found by, its name's first. */
    record Keyed(Settlement settlement, List<String> keys) {
    }

    /** Every settlement of both files. */
    static List<Keyed> load() {
        Map<Long, SettlementRow> byId = new LinkedHashMap<>();
        Map<String, Long> mostPopulousByNameAndRegion = new HashMap<>();
        for (SettlementRow row : SettlementRow.read(GEONAMES)) {
            long id = row.geonameId().orElseThrow(() -> new IllegalStateException(GEONAMES + ": row without geonameid"));
            byId.put(id, row);
            mostPopulousByNameAndRegion.merge(nameAndRegion(row), id,
                    (kept, other) -> byId.get(other).population() > byId.get(kept).population() ? other : kept);
        }
        List<SettlementRow> added = new ArrayList<>();
        for (SettlementRow row : SettlementRow.read(SUPPLEMENT)) {
            Long target = row.geonameId().isPresent()
                    ? Long.valueOf(row.geonameId().getAsLong())
                    : mostPopulousByNameAndRegion.get(nameAndRegion(row));
            if (target == null) {
                added.add(row);
            } else if (byId.containsKey(target)) {
                byId.put(target, override(byId.get(target), row));
            } else {
                throw new IllegalStateException(SUPPLEMENT + ": " + row.name() + " corrects geonameid " + target
                        + ", which " + GEONAMES + " does not have");
            }
        }
        List<Keyed> settlements = new ArrayList<>(byId.size() + added.size());
        byId.values().forEach(row -> settlements.add(toSettlement(row)));
        added.forEach(row -> settlements.add(toSettlement(row)));
        return settlements;
    }

    private static String nameAndRegion(SettlementRow row) {
        return NameKey.of(row.name()) + "|" + row.region().iso();
    }

    private static SettlementRow override(SettlementRow base, SettlementRow correction) {
        List<String> alternates = new ArrayList<>(correction.alternates());
        alternates.add(base.name());
        alternates.addAll(base.alternates());
        long population = correction.population() > 0 ? correction.population() : base.population();
        return new SettlementRow(base.geonameId(), correction.name(), correction.region(), population, alternates);
    }

    /**
     * Drops spellings that are the same {@link NameKey} as the name or as an earlier spelling, and
     * those that name a Russian place ({@link Regions#namesRussianPlace}).
     */
    private static Keyed toSettlement(SettlementRow row) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKey.of(row.name()));
        List<String> alternates = new ArrayList<>(row.alternates().size());
        for (String alternate : row.alternates()) {
            String key = NameKey.of(alternate);
            if (!key.isEmpty() && !Regions.namesRussianPlace(key) && keys.add(key)) {
                alternates.add(alternate);
            }
        }
        return new Keyed(new Settlement(row.name(), row.region(), row.population(), alternates), List.copyOf(keys));
    }
}
