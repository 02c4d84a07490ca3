package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.RegionDayTally;
import io.strikeline.avro.WeaponClass;
import io.strikeline.avro.WeaponClassCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTableTest {

    private static RegionDayTally tally(String iso, String name, String day, int drones, int missiles) {
        return RegionDayTally.newBuilder()
                .setRegionIso(iso).setRegionName(name).setDate(LocalDate.parse(day))
                .setEvents(drones + missiles)
                .setEventsByWeapon(java.util.stream.Stream.of(new WeaponClassCount(WeaponClass.DRONE, drones),
                        new WeaponClassCount(WeaponClass.MISSILE, missiles)).filter(count -> count.getEvents() > 0).toList())
                .setLaunched(100).setIntercepted(80).setDistinctSources(2)
                .setLastUpdated(Instant.EPOCH).build();
    }

    @Test
    void shouldSortByDayWithTheNationalRowFirstAndDashEmptyClasses() {
        List<String> lines = TallyTable.render(List.of(
                tally("UA-59", "Sumy", "2025-07-23", 1, 0),
                tally("UA", "Ukraine (national total)", "2025-07-23", 1, 1),
                tally("UA-63", "Kharkiv", "2025-07-22", 0, 1)));

        assertThat(lines.get(0)).startsWith("region name").contains("launched intercepted sources");
        assertThat(lines.subList(1, 4)).extracting(line -> line.substring(0, 6).strip())
                .containsExactly("UA-63", "UA", "UA-59");
        assertThat(lines.get(3)).containsPattern("UA-59 +Sumy +2025-07-23 +1 +1 +- +- +- +- +- +100 +80 +2");
    }
}
