package io.strikeline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * One row of a settlement file ({@code settlements-geonames.tsv}, {@code settlements-supplement.tsv}):
 * tab-separated geonameid (empty in the supplement for a place GeoNames lacks), name, ISO code,
 * population, feature code and '|'-separated alternates; '#' starts a comment line.
 */
record SettlementRow(OptionalLong geonameId, String name, Region region, long population, List<String> alternates) {

    private static final int COLUMNS = 6;

    /** Reads every row of a resource next to this class, failing on the first malformed one. */
    static List<SettlementRow> read(String resource) {
        List<SettlementRow> rows = new ArrayList<>(4096);
        try (InputStream in = SettlementRow.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(parse(line, resource + ":" + number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return rows;
    }

    private static SettlementRow parse(String line, String where) {
        String[] columns = line.split("\t", -1);
        if (columns.length != COLUMNS || columns[1].isBlank()) {
            throw new IllegalStateException(where + ": expected " + COLUMNS + " tab-separated columns");
        }
        Region region = Regions.byIso(columns[2])
                .filter(found -> !found.isNational())
                .orElseThrow(() -> new IllegalStateException(where + ": not a region code: " + columns[2]));
        try {
            OptionalLong id = columns[0].isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(columns[0]));
            long population = Long.parseLong(columns[3]);
            List<String> alternates = columns[5].isEmpty() ? List.of() : Arrays.asList(columns[5].split("\\|"));
            return new SettlementRow(id, columns[1], region, population, alternates);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }
}
