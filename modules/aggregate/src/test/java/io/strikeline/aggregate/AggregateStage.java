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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * An aggregation of its own on the shared broker: topics under a unique suffix and a unique application id,
 * how an instance of it runs, and what tests read of it (its progress through strike-events, its tallies).
 */
record AggregateStage(String topicSuffix, int partitions, String applicationId) {

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
                topics.aggregateDlq().name(), Map.of());
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

    /** The committed tallies, the latest of every region-day that has one. */
    Map<String, RegionDayTally> tallies(String bootstrapServers, AvroSerdes serdes) {
        StrikelineTopics topics = topics(serdes);
        return TopicSnapshot.read(bootstrapServers, Map.of(), topics.tallies().name(),
                topics.tallies().valueSerde().deserializer());
    }

    private String strikeEventsName() {
        return StrikelineTopics.STRIKE_EVENTS + topicSuffix;
    }
}
