package io.strikeline.enrich;

import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Region;
import io.strikeline.geo.Regions;
import io.strikeline.geo.Settlement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a report's {@code target} and {@code affected region} columns name: first-level regions (oblasts,
 * Kyiv city, Crimea; found directly or through a city, district or hromada), and directions ("south",
 * "east", "front line") for reports about a part of the country rather than a region. "Ukraine" names
 * no region. Russian regions and places the gazetteer does not know (the Black Sea) name none either;
 * the latter are returned as unresolved so they can be counted.
 */
final class ReportTargets {

    private static final Pattern PARTS = Pattern.compile("\\s+and\\s+|\\s*[,;]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern UNIT_SUFFIX = Pattern.compile(
            "\\s+(raion|district|rayon|hromada|community|city|town|village|urban territorial community)$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> DIRECTIONS = directions();
    private static final Map<String, String> CITY_REGIONS = Map.of("UA-30", "Kyiv", "UA-40", "Sevastopol");

    private ReportTargets() {
    }

    /** A region a report names, with the settlements it names there (none when only the region is named). */
    record NamedRegion(Region region, List<String> settlements) {
    }

    /**
     * @param regions         every region named, in order of mention (target first, then affected regions)
     * @param directions      directions named in the target
     * @param unresolved      target parts that are not places in Ukraine
     * @param soleTargetRegion whether the target names exactly one region and nothing else (no "Ukraine",
     *                        direction or second region), and the affected regions add no other: only then
     *                        are the report's counts that region's
     */
    record Targets(List<NamedRegion> regions, List<String> directions, List<String> unresolved,
            boolean soleTargetRegion) {
    }

    static Targets resolve(String target, List<String> affectedRegions, Gazetteer gazetteer) {
        Map<String, Set<String>> regions = new LinkedHashMap<>();
        Map<String, Region> byIso = new LinkedHashMap<>();
        Set<String> directions = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        List<String> mentions = new ArrayList<>();
        if (target != null) {
            mentions.addAll(List.of(PARTS.split(target.strip())));
        }
        int targetParts = mentions.size();
        boolean targetOnlyRegions = true;
        mentions.addAll(affectedRegions);
        for (int index = 0; index < mentions.size(); index++) {
            String raw = mentions.get(index);
            boolean inTarget = index < targetParts;
            String part = PARENTHESES.matcher(raw).replaceAll("").strip();
            if (part.isEmpty()) {
                continue;
            }
            String lower = part.toLowerCase(Locale.ROOT);
            if (lower.equals("ukraine") || lower.equals("all of ukraine")) {
                targetOnlyRegions &= !inTarget;
                continue;
            }
            String direction = DIRECTIONS.get(lower.replace('_', ' '));
            if (direction != null) {
                directions.add(direction);
                targetOnlyRegions &= !inTarget;
                continue;
            }
            if (Regions.isRussianRegion(part)) {
                targetOnlyRegions &= !inTarget;
                continue;
            }
            Optional<Region> region = Regions.resolve(part);
            if (region.isPresent()) {
                byIso.putIfAbsent(region.get().iso(), region.get());
                Set<String> names = regions.computeIfAbsent(region.get().iso(), iso -> new LinkedHashSet<>());
                String city = CITY_REGIONS.get(region.get().iso());
                if (city != null) {
                    // Kyiv and Sevastopol are cities as well as first-level units: the city is the settlement.
                    names.add(city);
                }
                continue;
            }
            boolean isUnit = UNIT_SUFFIX.matcher(part).find();
            String place = UNIT_SUFFIX.matcher(part).replaceAll("").strip();
            Optional<Settlement> settlement = gazetteer.lookup(place);
            if (settlement.isPresent()) {
                Region where = settlement.get().region();
                byIso.putIfAbsent(where.iso(), where);
                Set<String> names = regions.computeIfAbsent(where.iso(), iso -> new LinkedHashSet<>());
                if (!isUnit) {
                    // A district or hromada is not a settlement; the town itself is.
                    names.add(settlement.get().name());
                }
                continue;
            }
            unresolved.add(part);
            targetOnlyRegions &= !inTarget;
        }
        List<NamedRegion> named = new ArrayList<>();
        regions.forEach((iso, settlements) -> named.add(new NamedRegion(byIso.get(iso), List.copyOf(settlements))));
        boolean sole = target != null && targetOnlyRegions && named.size() == 1;
        return new Targets(named, List.copyOf(directions), unresolved, sole);
    }

    private static Map<String, String> directions() {
        Map<String, String> directions = new LinkedHashMap<>();
        for (String direction : List.of("north", "south", "east", "west", "center", "north-east", "north-west",
                "south-east", "south-west", "front line")) {
            directions.put(direction, direction);
        }
        directions.put("centre", "center");
        directions.put("central", "center");
        directions.put("northeast", "north-east");
        directions.put("northwest", "north-west");
        directions.put("southeast", "south-east");
        directions.put("southwest", "south-west");
        directions.put("frontline", "front line");
        directions.put("front-line", "front line");
        directions.put("northern", "north");
        directions.put("southern", "south");
        directions.put("eastern", "east");
        directions.put("western", "west");
        return Map.copyOf(directions);
    }
}
