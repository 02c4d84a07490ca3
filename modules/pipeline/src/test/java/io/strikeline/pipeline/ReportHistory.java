package io.strikeline.pipeline;

import io.strikeline.avro.StrikeReport;
import io.strikeline.topics.Topic;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A generated, deterministic history of strike-report versions, shaped like the Air Force dataset's: Air
 * Force HQ reports and regional-command reports of the same night (same model, overlapping windows),
 * several models a night, targets that are the whole country, a direction, one or several oblasts or a
 * city; delivered out of date order, then revised (counts, affected regions, a corrected window) and
 * some deleted. {@link #finalState()} is what the topic holds at the end.
 */
final class ReportHistory {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final List<String> MODELS = List.of("Shahed-136/131", "Iskander-M", "Kalibr", "X-101/X-555",
            "Lancet", "Orlan-10", "C-300", "KAB", "X-59/X-69", "X-101/X-555 and Kalibr", "C-400 and Shahed-136/131");
    private static final List<String> TARGETS = List.of("Ukraine", "Ukraine", "Ukraine", "south", "east",
            "south and east", "Odesa oblast", "Kharkiv oblast", "Sumy oblast", "Dnipropetrovsk oblast, Kryvyi Rih Raion",
            "Odesa oblast and Mykolaiv oblast", "Kyiv", "Kherson oblast", "Zaporizhzhia oblast and Dnipro");
    private static final List<String> OBLASTS = List.of("Sumy oblast", "Kharkiv oblast", "Kyiv oblast", "Odesa oblast",
            "Lviv oblast", "Poltava oblast", "Chernihiv oblast", "Zaporizhzhia oblast");
    private static final Instant INGEST_START = Instant.parse("2026-01-01T00:00:00Z");

    private final List<Map.Entry<String, StrikeReport>> versions = new ArrayList<>();
    private final Map<String, StrikeReport> finalState = new LinkedHashMap<>();
    private final Random random;
    private long ingestTick;

    private ReportHistory(long seed) {
        this.random = new Random(seed);
    }

    /** At least {@code reports} distinct reports, then revisions and deletions, in delivery order. */
    static ReportHistory generate(int reports, long seed) {
        ReportHistory history = new ReportHistory(seed);
        history.build(reports);
        return history;
    }

    /** Every version in delivery order; a null value is a deletion. */
    List<Map.Entry<String, StrikeReport>> versions() {
        return versions;
    }

    Map<String, StrikeReport> finalState() {
        return finalState;
    }

    /** Sends every version, in delivery order, to {@code topic}. */
    void produce(String bootstrapServers, Topic<String, StrikeReport> topic) {
        try (KafkaProducer<String, StrikeReport> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(),
                topic.valueSerde().serializer())) {
            versions.forEach(version -> producer.send(
                    new ProducerRecord<>(topic.name(), version.getKey(), version.getValue())));
        }
    }

    private void build(int count) {
        List<StrikeReport> originals = new ArrayList<>();
        int night = 0;
        while (originals.size() < count) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(730));
            int models = 1 + random.nextInt(3);
            for (int m = 0; m < models; m++) {
                String model = MODELS.get(random.nextInt(MODELS.size()));
                StrikeReport hq = report("kpszsu/posts/gen-" + night + "-" + m, model, day, 18, 8,
                        TARGETS.get(random.nextInt(TARGETS.size())));
                originals.add(hq);
                if (random.nextInt(3) == 0) {
                    // The regional command reports part of the same night: same model, overlapping window.
                    originals.add(report("PvKPivden/posts/gen-" + night + "-" + m, model, day, 20 + random.nextInt(3),
                            5 + random.nextInt(3), random.nextBoolean() ? "south" : "Odesa oblast"));
                }
                if (random.nextInt(5) == 0) {
                    // A second, separate wave of the same model in the daytime: a different attack.
                    originals.add(report("kpszsu/posts/gen-day-" + night + "-" + m, model, day.plusDays(1), 9, 17,
                            "Ukraine"));
                }
            }
            night++;
        }
        Collections.shuffle(originals, random);
        originals.forEach(this::deliver);

        List<String> ids = new ArrayList<>(finalState.keySet());
        Collections.shuffle(ids, random);
        int revisions = ids.size() / 5;
        int deletions = ids.size() / 20;
        for (String id : ids.subList(0, revisions)) {
            deliver(revise(finalState.get(id)));
        }
        for (String id : ids.subList(revisions / 2, revisions / 2 + deletions)) {
            versions.add(new AbstractMap.SimpleImmutableEntry<>(id, null));
            finalState.remove(id);
        }
        // Some deleted reports come back, and some reports are revised twice.
        for (String id : ids.subList(revisions / 2, revisions / 2 + deletions / 4)) {
            StrikeReport back = revise(versions.stream().filter(v -> v.getKey().equals(id) && v.getValue() != null)
                    .reduce((a, b) -> b).orElseThrow().getValue());
            deliver(back);
        }
        for (String id : ids.subList(0, revisions / 10)) {
            if (finalState.containsKey(id)) {
                deliver(revise(finalState.get(id)));
            }
        }
    }

    private void deliver(StrikeReport report) {
        StrikeReport stamped = StrikeReport.newBuilder(report).setIngestedAt(INGEST_START.plusSeconds(ingestTick++)).build();
        versions.add(new AbstractMap.SimpleImmutableEntry<>(stamped.getReportId(), stamped));
        finalState.put(stamped.getReportId(), stamped);
    }

    private StrikeReport report(String source, String model, LocalDate day, int fromHour, int toHour, String target) {
        Instant start = day.atTime(LocalTime.of(fromHour, 0)).atZone(KYIV).toInstant();
        LocalDate endDay = toHour <= fromHour ? day.plusDays(1) : day;
        Instant end = endDay.atTime(LocalTime.of(toHour, 0)).atZone(KYIV).toInstant();
        int launched = 1 + random.nextInt(120);
        List<String> affected = random.nextInt(4) == 0 ? randomOblasts() : List.of();
        return StrikeReport.newBuilder()
                .setReportId("r-" + source.replace('/', '_'))
                .setSource(source)
                .setWindowStart(start)
                .setWindowStartHasTime(true)
                .setWindowEnd(end)
                .setWindowEndHasTime(true)
                .setModel(model)
                .setTarget(target)
                .setAffectedRegions(affected)
                .setLaunched(launched)
                .setDestroyed(random.nextInt(4) == 0 ? null : random.nextInt(launched + 1))
                .setRawFields(Map.of("time_start", start.toString(), "time_end", end.toString()))
                .setIngestedAt(INGEST_START)
                .build();
    }

    private StrikeReport revise(StrikeReport report) {
        StrikeReport.Builder revised = StrikeReport.newBuilder(report);
        switch (random.nextInt(3)) {
            case 0 -> revised.setLaunched(report.getLaunched() == null ? 5 : report.getLaunched() + 1 + random.nextInt(10));
            case 1 -> revised.setAffectedRegions(randomOblasts());
            default -> {
                // A corrected window: the report moves by a day (the dataset's fixed date typos).
                Duration day = Duration.ofDays(random.nextBoolean() ? 1 : -1);
                revised.setWindowStart(report.getWindowStart().plus(day)).setWindowEnd(report.getWindowEnd().plus(day));
            }
        }
        return revised.build();
    }

    private List<String> randomOblasts() {
        List<String> oblasts = new ArrayList<>(OBLASTS);
        Collections.shuffle(oblasts, random);
        return List.copyOf(oblasts.subList(0, random.nextInt(3)));
    }
}
