package io.strikeline.extract.eval;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import io.strikeline.extract.ExtractedEvent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One event in the gold file's shape (conventions §9), annotated or predicted: what scoring compares.
 *
 * @param region     the region's English name ("Sumy", "Ukraine (national total)"); may be null in a line
 * @param settlement the places hit, joined with {@code "; "} as the gold file writes them; null when none
 * @param dateBasis  the dating rule; null where a line leaves it out (consumers may ignore it)
 * @param evidence   the sentence a predicted event was read from; null for gold events
 */
public record EventRecord(String regionIso, String region, LocalDate date, WeaponClass weapon, Integer launched,
        Integer intercepted, Integer killed, Integer injured, String settlement, DateBasis dateBasis,
        String evidence) {

    static final String SETTLEMENT_SEPARATOR = "; ";

    public EventRecord {
        Objects.requireNonNull(regionIso, "regionIso");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(weapon, "weapon");
    }

    /** The extractor's event as the gold file would write it. */
    public static EventRecord of(ExtractedEvent event) {
        String settlement = event.settlements().isEmpty() ? null : String.join(SETTLEMENT_SEPARATOR, event.settlements());
        return new EventRecord(event.region().iso(), event.region().name(), event.date(), event.weapon(),
                event.launched(), event.intercepted(), event.killed(), event.injured(), settlement, event.dateBasis(),
                event.evidence().sentence());
    }

    /** What decides whether a predicted event is a gold one: region, day and weapon class. */
    public EventKey key() {
        return new EventKey(regionIso, date, weapon);
    }

    /** The settlements one by one, split the way the conventions tell evaluators to. */
    public List<String> settlements() {
        return settlement == null ? List.of() : Arrays.stream(settlement.split(SETTLEMENT_SEPARATOR))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    public boolean isNational() {
        return regionIso.equals("UA");
    }
}
