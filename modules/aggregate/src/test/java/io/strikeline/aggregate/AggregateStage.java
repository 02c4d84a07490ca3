package io.strikeline.aggregate;

import io.strikeline.avro.RegionDayContributions;
import io.strikeline.avro.RegionDayTally;
import io.strikeline.runtime.StreamsRunner;
import io.strikeline.runtime.StreamsSettings;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicAdmin;
import io.strikeline.topics.TopicSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;

/**
 * An aggregation of its own on the shared broker: topics under a unique suffix and a unique application id,
 * how an instance of it runs, and what tests read of it (its progress through strike-events, its tallies).
 * Plain values, so that an instance in another JVM ({@link AggregateInstanceMain}) can be given the same stage.
 */
record AggregateStage(String topicSuffix, int partitions, String applicationId) {

    /**
     * A member that stops heartbeating is out of the group after 6 s (the broker's minimum) instead of the
     * default 45 s, so that the instances left take a killed one's tasks over quickly.
     */
    private static final Map<String, Object> FAST_FAILOVER = Map.of(
            StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6_000,
            StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1_500);

    /** A new stage, its topics created. */
    static AggregateStage create(Admin admin, String name, int partitions) {
        AggregateStage stage = new AggregateStage("-" + SharedKafka.uniqueName(name), partitions,
                SharedKafka.uniqueName(AggregateTopology.APPLICATION_ID));
        // Creating topics needs their definitions only, not a registry.
        try (AvroSerdes serdes = AvroSerdes.inMemory()) {
            TopicAdmin.ensure(admin, stage.topics(serdes).definitions(), Optional.empty());
        }
        return stage;
    }

    static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    StrikelineTopics topics(AvroSerdes serdes) {
        return new StrikelineTopics(serdes, partitions, topicSuffix);
    }

    /** Starts an instance of the aggregation in this JVM. */
    StreamsRunner start(String bootstrapServers, AvroSerdes serdes, Path stateDir, Duration emitInterval) {
        StrikelineTopics topics = topics(serdes);
        Properties config = StreamsSettings.of(applicationId, bootstrapServers, stateDir,
                topics.aggregateDlq().name(), FAST_FAILOVER);
        return StreamsRunner.start("aggregate", AggregateTopology.build(topics,
                serdes.value(RegionDayContributions.class), emitInterval), config);
    }

    /** The offsets the stage has committed in strike-events, by partition; a partition never committed is absent. */
    Map<TopicPartition, Long> committedOffsets(Admin admin) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin
                .listConsumerGroupOffsets(Map.of(applicationId, new ListConsumerGroupOffsetsSpec()))
                .partitionsToOffsetAndMetadata(applicationId).get();
        Map<TopicPartition, Long> offsets = new HashMap<>();
        committed.forEach((partition, offset) -> {
            if (offset != null && partition.topic().equals(strikeEventsName())) {
                offsets.put(partition, offset.offset());
            }
        });
        return offsets;
    }

    /** The end of every partition of strike-events. */
    Map<TopicPartition, Long> inputEndOffsets(Admin admin) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int partition = 0; partition < partitions; partition++) {
            latest.put(new TopicPartition(strikeEventsName(), partition), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> listed = admin.listOffsets(latest).all().get();
        listed.forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    /** The committed tallies, the latest of every region-day that has one. */
    Map<String, RegionDayTally> tallies(String bootstrapServers, AvroSerdes serdes) {
        StrikelineTopics topics = topics(serdes);
        return TopicSnapshot.read(bootstrapServers, Map.of(), topics.tallies().name(),
                topics.tallies().valueSerde().deserializer());
    }

    /** Every committed tally record, by region-day in the order committed; a tombstone is a null. */
    Map<String, List<RegionDayTally>> tallyRecords(String bootstrapServers, AvroSerdes serdes) {
        StrikelineTopics topics = topics(serdes);
        Map<String, List<RegionDayTally>> records = new HashMap<>();
        TopicSnapshot.forEach(bootstrapServers, Map.of(), topics.tallies().name(),
                topics.tallies().valueSerde().deserializer(),
                record -> records.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(record.value()));
        return records;
    }

    private String strikeEventsName() {
        return StrikelineTopics.STRIKE_EVENTS + topicSuffix;
    }
}
