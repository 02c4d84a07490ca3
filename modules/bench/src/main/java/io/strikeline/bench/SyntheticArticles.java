package io.strikeline.bench;

import io.strikeline.extract.ArticleText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * News articles of 1-3 KB in the style of the wires and Ukrainian outlets, written here from templates: a lead
 * with the Air Force's totals, regional paragraphs (places, weapons, casualties, dates), quotes and background
 * that must not become events, and now and then an article with no attack at all. For benchmarks only.
 */
final class SyntheticArticles {

    private static final String[] REGIONS = {"Sumy", "Kharkiv", "Odesa", "Dnipropetrovsk", "Zaporizhzhia", "Kherson",
            "Mykolaiv", "Chernihiv", "Poltava", "Kyiv"};
    private static final String[] TOWNS = {"Kupiansk", "Nikopol", "Kryvyi Rih", "Izmail", "Konotop", "Shostka",
            "Chuhuiv", "Pavlohrad", "Ochakiv", "Kremenchuk", "Bilopillia", "Marhanets"};
    private static final String[] WEAPONS = {"Shahed drones", "attack drones", "cruise missiles", "ballistic missiles",
            "KAB guided bombs", "Iskander-M missiles", "artillery shells"};
    private static final String[] WHEN = {"overnight", "on Tuesday", "yesterday", "this morning", "on the night of 4-5 May",
            "on May 3", "over the past day"};
    private static final String[] NUMBERS = {"two", "three", "five", "12", "23", "40", "71"};
    private static final String[] FILLER = {
        "The regional military administration said rescue teams were working at the scene and that damage was still being assessed.",
        "Officials urged residents to stay in shelters while the air raid alert was in force.",
        "Kremlin spokesman Dmitry Peskov told reporters that talks would depend on the situation on the ground.",
        "Energy company DTEK said crews had restored power to most households by the afternoon.",
        "The United Nations humanitarian coordinator called for the protection of civilians and civilian infrastructure.",
        "Russia has intensified its strikes on energy infrastructure in recent months, according to analysts.",
        "Read also: Partners pledge new air defence systems for Ukraine"};

    private SyntheticArticles() {
    }

    static List<ArticleText> generate(int count, long seed) {
        Random random = new Random(seed);
        List<ArticleText> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            boolean negative = random.nextInt(6) == 0;
            if (!negative) {
                text.append("Russia launched ").append(pick(random, NUMBERS)).append(' ').append(pick(random, WEAPONS))
                        .append(" at Ukraine ").append(pick(random, WHEN)).append(", the Ukrainian air force said. ")
                        .append("Air defences shot down ").append(pick(random, NUMBERS)).append(" of them over the ")
                        .append(pick(random, REGIONS)).append(" and ").append(pick(random, REGIONS)).append(" regions.\n");
            }
            while (text.length() < 1000 + random.nextInt(2000)) {
                if (!negative && random.nextBoolean()) {
                    text.append("In ").append(pick(random, REGIONS)).append(" Oblast, a Russian strike with ")
                            .append(pick(random, WEAPONS)).append(" hit ").append(pick(random, TOWNS)).append(' ')
                            .append(pick(random, WHEN)).append(", killing ").append(pick(random, NUMBERS))
                            .append(" people and injuring ").append(pick(random, NUMBERS)).append(", Governor ")
                            .append("Oleh Syniehubov said on Telegram.\n");
                } else {
                    text.append(pick(random, FILLER)).append('\n');
                }
            }
            articles.add(new ArticleText("bench-" + i, null, "bench", LocalDate.of(2024, 5, 5), null, text.toString()));
        }
        return articles;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
