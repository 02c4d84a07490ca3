package io.strikeline.geo;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How a form in the region name tables matches a mention: as written, or as a stem followed by one of
 * the case endings of its declension.
 *
 * <p>Ukrainian and Russian decline place names ("Сумська область", "Сумської області", "у Сумській
 * області"), so matching only the nominative misses most Cyrillic mentions. The tables therefore give
 * a stem ("Сумськ") and the kind of word it is, and a mention matches when it is the stem plus one of
 * that kind's endings. Endings are kept as {@link NameKey} leaves them (ї becomes і, й becomes и).
 */
enum FormKind {

    /** A name as written (Latin or Cyrillic): "Sumy", "Kharkov", "Sumshchyna", "Суми". */
    NAME(""),
    /**
     * A city that is not its region's name ("Dnipro", "Kropyvnytskyi"): the region only when a word
     * such as "region" or "oblast" comes with it, since the bare name means the city.
     */
    CITY(""),
    /**
     * Kyiv: bare, or with a word for city, the city with special status (UA-30); with a word such as
     * "oblast" or "region", Kyiv Oblast (UA-32). The table gives UA-30.
     */
    KYIV(""),
    /** Ukrainian adjective stem ("Сумськ"): Сумська, Сумської, Сумській, Сумську, Сумською, Сумський... */
    UK_ADJECTIVE("а оі іи у ою ии ого ому им ім е і их ими"),
    /** Russian adjective stem ("Сумск"): Сумская, Сумской, Сумскую, Сумский, Сумского, Сумском... */
    RU_ADJECTIVE("ая ои ую ою ии ого ому им ом ое ие их ими"),
    /** Feminine noun stem ("Сумщин", "Буковин"): Сумщина, Сумщини, Сумщині, Сумщину, Сумщиною, Сумщине... */
    A_NOUN("а и і у ою е ы ои"),
    /** Other noun stem ("Харков", "Севастопол", "Курск"): the stem itself and its case endings. */
    NOUN("_ а я у ю і и е ом ем ою ею ах ях ам ям ів ы ои ь");

    private final Set<String> endings;

    FormKind(String endings) {
        Set<String> set = new HashSet<>();
        for (String ending : endings.split(" ")) {
            set.add(ending.equals("_") ? "" : ending);
        }
        this.endings = Set.copyOf(set);
    }

    /** Whether {@code ending} may follow a stem of this kind. */
    boolean allows(String ending) {
        return endings.contains(ending);
    }

    /** The longest ending of any kind, which bounds where a mention can be split into stem and ending. */
    static int longestEnding() {
        int longest = 0;
        for (FormKind kind : values()) {
            for (String ending : kind.endings) {
                longest = Math.max(longest, ending.length());
            }
        }
        return longest;
    }

    /** The kind named in a table ("uk-adjective"). */
    static FormKind parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
