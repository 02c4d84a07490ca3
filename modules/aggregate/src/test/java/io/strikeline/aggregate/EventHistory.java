package io.strikeline.aggregate;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.WeaponClass;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded history of strike-events as the enrich stage would write it: new events, revisions (the same id
 * with new counts and a new window) and retractions (tombstones), spread over many region-days, with some
 * region-days emptied. An old version applied again after a newer one, or a retraction lost, shows in a tally:
 * every version has counts of its own and its own ingestion time (a tally's last update). Same seed, same
 * history.
 */
final class EventHistory {

    /** One record of strike-events; a null event is the tombstone that retracts the id. */
    record Version(String eventId, StrikeEvent event) {
    }

    private static final List<String> REGIONS = List.of("UA-05", "UA-07", "UA-12", "UA-14", "UA-18", "UA-21",
            "UA-23", "UA-26", "UA-30", "UA-32", "UA-35", "UA-46", "UA-48", "UA-51", "UA-53", "UA-56", "UA-59",
            "UA-61", "UA-63", "UA-65", "UA-68", "UA-71", "UA-74", "UA-77");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2025-07-01");
    private static final int DAYS = 10;
    private static final int SOURCES = 6;
    /** Out of 100 versions, with events to act on: this many retract one, the next this many revise one. */
    private static final int RETRACT_PERCENT = 15;
    private static final int REVISE_PERCENT = 30;

    private final List<Version> versions;

    private EventHistory(List<Version> versions) {
        this.versions = List.copyOf(versions);
    }

    static EventHistory generate(int size, long seed) {
        Random random = new Random(seed);
        List<Version> versions = new ArrayList<>(size);
        Map<String, StrikeEvent> current = new LinkedHashMap<>();
        List<String> currentIds = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int roll = random.nextInt(100);
            if (!currentIds.isEmpty() && roll < RETRACT_PERCENT) {
                String id = currentIds.remove(random.nextInt(currentIds.size()));
                current.remove(id);
                versions.add(new Version(id, null));
                continue;
            }
            StrikeEvent event;
            if (!currentIds.isEmpty() && roll < RETRACT_PERCENT + REVISE_PERCENT) {
                event = revision(current.get(currentIds.get(random.nextInt(currentIds.size()))), random, i);
            } else {
                event = newEvent(random, i);
                currentIds.add(event.getEventId());
            }
            current.put(event.getEventId(), event);
            versions.add(new Version(event.getEventId(), event));
        }
        return new EventHistory(versions);
    }

    /** Every record, in the order it is written. */
    List<Version> versions() {
        return versions;
    }

    private static StrikeEvent newEvent(Random random, int version) {
        String region = REGIONS.get(random.nextInt(REGIONS.size()));
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        WeaponClass weaponClass = random.nextBoolean() ? WeaponClass.DRONE : WeaponClass.MISSILE;
        return report("r" + version, "kpszsu/" + random.nextInt(SOURCES), region, day, weaponClass, random, version);
    }

    /** The same event (id, source, region, day, class) with new counts, a new window and a later ingestion. */
    private static StrikeEvent revision(StrikeEvent event, Random random, int version) {
        String reportId = event.getEventId().substring(0, event.getEventId().indexOf('|'));
        return report(reportId, event.getProvenance().getSourceId(), event.getRegionIso(), event.getEventDate(),
                event.getWeaponClass(), random, version);
    }

    /** A report whose window ends on the day, overnight; its counts and window drawn at random. */
    private static StrikeEvent report(String reportId, String source, String region, LocalDate day,
            WeaponClass weaponClass, Random random, int version) {
        List<String> models = weaponClass == WeaponClass.DRONE ? List.of("Shahed-136/131", "Gerbera")
                : List.of("Kh-101", "Iskander-M");
        LocalDateTime end = day.atTime(random.nextInt(11), 0);
        LocalDateTime start = end.minusHours(1 + random.nextInt(14));
        int launched = 1 + random.nextInt(60);
        StrikeEvent event = TestEvents.report(reportId, source, region, weaponClass,
                models.get(random.nextInt(models.size())), start.toString(), end.toString(), launched,
                random.nextInt(launched + 1));
        // Set in place: a builder copy would need Avro to trust the generated classes, which only a serde arranges.
        event.setIngestedAt(TestEvents.INGESTED.plusSeconds(version));
        return event;
    }
}
