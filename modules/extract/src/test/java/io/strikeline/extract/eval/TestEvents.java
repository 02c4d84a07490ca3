package io.strikeline.extract.eval;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import java.time.LocalDate;

/** Events built by hand for the scorer's tests: only what decides a match, and counts where a test needs them. */
final class TestEvents {

    private TestEvents() {
    }

    static EventRecord event(String iso, String date, WeaponClass weapon) {
        return counted(iso, date, weapon, null, null, null, null);
    }

    static EventRecord counted(String iso, String date, WeaponClass weapon, Integer launched, Integer intercepted,
            Integer killed, Integer injured) {
        return new EventRecord(iso, null, LocalDate.parse(date), weapon, launched, intercepted, killed, injured, null,
                DateBasis.EXPLICIT, null);
    }
}
