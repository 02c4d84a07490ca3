package io.strikeline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of name forms, each with the code it stands for and its {@link FormKind}, read from a
 * tab-separated resource ({@code code, kind, form}; '#' starts a comment line).
 *
 * <p>Lookup splits the mention's core into stem and ending at each of the few possible points and
 * looks the stem up in a hash map, so it costs a handful of map lookups whatever the table's size.
 */
final class FormTable {

    /** One form: what it stands for and how it matches. */
    record Entry(String code, FormKind kind) {
    }

    private final Map<String, List<Entry>> byStem;
    private final int longestEnding = FormKind.longestEnding();

    private FormTable(Map<String, List<Entry>> byStem) {
        this.byStem = byStem;
    }

    /** Reads the table from a resource next to this class. */
    static FormTable load(String resource) {
        Map<String, List<Entry>> byStem = new HashMap<>();
        try (InputStream in = FormTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 3 || NameKey.of(columns[2]).isEmpty()) {
                    throw new IllegalStateException(resource + ":" + number + ": expected code, kind and form");
                }
                Entry entry = new Entry(columns[0], FormKind.parse(columns[1]));
                byStem.computeIfAbsent(NameKey.of(columns[2]), stem -> new ArrayList<>(1)).add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return new FormTable(byStem);
    }

    /** Whether {@code key} (a {@link NameKey}) is, as written, a form of kind {@link FormKind#NAME}. */
    boolean hasName(String key) {
        for (Entry entry : byStem.getOrDefault(key, List.of())) {
            if (entry.kind() == FormKind.NAME) {
                return true;
            }
        }
        return false;
    }

    /** Every entry that {@code core} (a {@link NameKey}) is a form of. */
    List<Entry> match(String core) {
        List<Entry> matches = new ArrayList<>(1);
        for (int cut = 0; cut <= Math.min(longestEnding, core.length() - 1); cut++) {
            String stem = core.substring(0, core.length() - cut);
            String ending = core.substring(core.length() - cut);
            for (Entry entry : byStem.getOrDefault(stem, List.of())) {
                if (entry.kind().allows(ending)) {
                    matches.add(entry);
                }
            }
        }
        return matches;
    }
}
