package io.strikeline.extract;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import io.strikeline.geo.Region;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One event read from an article, per the annotation conventions: a Russian attack on one region (or the
 * national total, {@code UA}) on one day with one class of weapon. Counts are null where the text gives none.
 *
 * @param settlements populated places hit, in the national Latin transliteration, in order of first mention
 * @param confidence  in [0, 1]: how sure the rules that produced the event are
 */
public record ExtractedEvent(Region region, LocalDate date, DateBasis dateBasis, WeaponClass weapon,
        String weaponModel, Integer launched, Integer intercepted, Integer killed, Integer injured,
        Long outageCustomers, List<String> settlements, Evidence evidence, double confidence) {

    public ExtractedEvent {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateBasis, "dateBasis");
        Objects.requireNonNull(weapon, "weapon");
        Objects.requireNonNull(evidence, "evidence");
        settlements = List.copyOf(settlements);
    }
}
