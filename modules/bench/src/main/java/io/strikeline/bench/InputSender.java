package io.strikeline.bench;

import io.strikeline.avro.StrikeEvent;
import io.strikeline.ingest.IngestWriter;
import io.strikeline.runtime.RegionDayPartitioner;
import io.strikeline.topics.StrikelineTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Cluster;

/**
 * Sends each input on its due time through ingest's own writer ({@link IngestWriter}: idempotent,
 * {@code acks=all}, lz4): as a raw report to strike-reports.raw, as ingest does, or as its events to
 * strike-events, partitioned by region-day, as enrich does.
 */
final class InputSender implements AutoCloseable {

    private final IngestWriter writer;
    private final StrikelineTopics topics;
    private final boolean events;
    private long maxBehindNanos;

    /**
     * @param producerSettings over the writer's (e.g. {@code linger.ms})
     * @param events           send the inputs' events to strike-events rather than the reports to strike-reports.raw
     */
    InputSender(String bootstrap, Map<String, Object> producerSettings, StrikelineTopics topics, boolean events) {
        Map<String, Object> settings = new HashMap<>(producerSettings);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "strikeline-latency-input");
        if (events) {
            settings.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, ByRegionDay.class.getName());
        }
        this.writer = IngestWriter.connect(bootstrap, settings);
        this.topics = topics;
        this.events = events;
    }

    /** Sends every input on its due time; a send that falls behind does not move the ones after it. */
    void sendAll(List<LatencyInputs.Input> inputs, RateSchedule schedule) {
        for (int i = 0; i < inputs.size(); i++) {
            schedule.awaitDue(i);
            maxBehindNanos = Math.max(maxBehindNanos, System.nanoTime() - schedule.dueNanos(i));
            LatencyInputs.Input input = inputs.get(i);
            input.ingestedAt(Instant.ofEpochMilli(schedule.ingestedAtMillis(i)));
            if (events) {
                for (StrikeEvent event : input.events()) {
                    writer.send(topics.strikeEvents(), event.getEventId(), event);
                }
            } else {
                writer.send(topics.strikeReports(), input.report().getReportId(), input.report());
            }
        }
        writer.flush();
    }

    /** How late a send started after its due time, at most. */
    Duration maxBehind() {
        return Duration.ofNanos(maxBehindNanos);
    }

    @Override
    public void close() {
        writer.close();
    }

    /** strike-events' partitioning ({@link RegionDayPartitioner}) for a plain producer. */
    public static final class ByRegionDay implements Partitioner {

        @Override
        public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
            return RegionDayPartitioner.partition((String) key, cluster.partitionCountForTopic(topic));
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }

        @Override
        public void close() {
        }
    }
}
