package io.strikeline.enrich;

import io.strikeline.avro.WeaponClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The weapons catalogue ({@code weapons.tsv}): weapon names as sources write them, mapped to a normalised
 * model and a weapon class. A source string may bundle several models ("X-101/X-555 and Kalibr"); each
 * part is resolved on its own, and a part the catalogue does not know is kept, as written, with class
 * UNKNOWN, so it can be counted and added to the catalogue.
 */
public final class WeaponCatalogue {

    private static final String RESOURCE = "/io/strikeline/enrich/weapons.tsv";
    /** Bundles are joined with "and", "&", "+", commas or semicolons; "/" joins variants of one entry. */
    private static final Pattern BUNDLE = Pattern.compile("\\s+(?:and|&|\\+)\\s+|\\s*[,;]\\s*", Pattern.CASE_INSENSITIVE);

    private final Map<String, WeaponModel> byAlias;

    WeaponCatalogue(Map<String, WeaponModel> byAlias) {
        this.byAlias = Map.copyOf(byAlias);
    }

    /** The catalogue shipped with strikeline. */
    public static WeaponCatalogue load() {
        try (InputStream in = WeaponCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static WeaponCatalogue parse(BufferedReader in) throws IOException {
        Map<String, WeaponModel> byAlias = new HashMap<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 3) {
                throw new IllegalStateException("weapons.tsv line " + number + ": expected alias, model, class");
            }
            WeaponModel model = new WeaponModel(columns[1].strip(), WeaponClass.valueOf(columns[2].strip()));
            WeaponModel previous = byAlias.put(WeaponNames.normalise(columns[0]), model);
            if (previous != null && !previous.equals(model)) {
                throw new IllegalStateException("weapons.tsv line " + number + ": alias '" + columns[0]
                        + "' already means " + previous);
            }
        }
        return new WeaponCatalogue(byAlias);
    }

    /** The catalogue entry for one weapon name, if any. */
    public Optional<WeaponModel> lookup(String name) {
        return Optional.ofNullable(byAlias.get(WeaponNames.normalise(name)));
    }

    /**
     * Every model a source string names, in order, without repeats. A part joined by "/" that the catalogue
     * does not know as a whole is tried variant by variant ("Shahed-136/Geran-2"). Never empty: a text with
     * no part at all (only separators) is one UNKNOWN model, so that the report still yields its events.
     */
    public List<WeaponModel> resolve(String modelText) {
        Set<WeaponModel> models = new LinkedHashSet<>();
        for (String part : BUNDLE.split(modelText.strip())) {
            if (part.isBlank()) {
                continue;
            }
            Optional<WeaponModel> known = lookup(part);
            if (known.isPresent()) {
                models.add(known.get());
                continue;
            }
            List<WeaponModel> variants = new ArrayList<>();
            if (part.contains("/")) {
                for (String variant : part.split("/")) {
                    lookup(variant).ifPresent(variants::add);
                }
            }
            if (!variants.isEmpty() && variants.size() == part.split("/").length) {
                models.addAll(variants);
            } else {
                models.add(new WeaponModel(part.strip(), WeaponClass.UNKNOWN));
            }
        }
        if (models.isEmpty()) {
            models.add(new WeaponModel(modelText.strip(), WeaponClass.UNKNOWN));
        }
        return List.copyOf(models);
    }

    public int size() {
        return byAlias.size();
    }
}
