package io.strikeline.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A strike-report CSV in the dataset's format, as large as asked, with the dataset's shape: about ten
 * reports a day (HQ and regional commands, several models a night), targets that are the whole country,
 * directions, one or several oblasts or cities, affected regions on one report in four.
 */
final class SyntheticReports {

    static final String HEADER = "time_start,time_end,model,launch_place,target,launched,destroyed,affected region,source";
    private static final List<String> MODELS = List.of("Shahed-136/131", "Shahed-136/131", "Shahed-136/131",
            "Iskander-M", "Kalibr", "X-101/X-555", "Lancet", "Orlan-10", "C-300", "KAB", "X-59/X-69",
            "X-101/X-555 and Kalibr");
    private static final List<String> TARGETS = List.of("Ukraine", "Ukraine", "Ukraine", "south", "east",
            "Odesa oblast", "Kharkiv oblast", "Sumy oblast", "Dnipropetrovsk oblast, Kryvyi Rih Raion",
            "Odesa oblast and Mykolaiv oblast", "Kyiv", "Kherson oblast", "Zaporizhzhia oblast");
    private static final List<String> AFFECTED = List.of("['Sumy oblast', 'Kharkiv oblast']", "['Kyiv oblast']",
            "['Odesa oblast', 'Mykolaiv oblast', 'Lviv oblast']");
    private static final int REPORTS_PER_DAY = 10;

    private SyntheticReports() {
    }

    static void write(Path file, int reports, long seed) throws IOException {
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(1900, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (int i = 0; i < reports; i++) {
                out.write(String.join(",", row(i, first.plusDays(i / REPORTS_PER_DAY), random).stream()
                        .map(SyntheticReports::quote).toList()));
                out.newLine();
            }
        }
    }

    /** The fields of report {@code index}, in {@link #HEADER} order, as text before CSV quoting. */
    static List<String> row(int index, LocalDate day, Random random) {
        int launched = 1 + random.nextInt(150);
        String source = (random.nextInt(3) == 0 ? "PvKPivden/posts/b" : "kpszsu/posts/b") + index;
        return List.of(day + " 18:00", day.plusDays(1) + " 08:00", MODELS.get(random.nextInt(MODELS.size())),
                "Kursk oblast", TARGETS.get(random.nextInt(TARGETS.size())), launched + ".0",
                random.nextInt(launched + 1) + ".0",
                random.nextInt(4) == 0 ? AFFECTED.get(random.nextInt(AFFECTED.size())) : "", source);
    }

    private static String quote(String field) {
        return field.contains(",") ? "\"" + field + "\"" : field;
    }
}
