package io.strikeline.alerts;

import io.strikeline.alerts.rules.AlertRules;
import io.strikeline.avro.Alert;
import io.strikeline.runtime.StreamsRunner;
import io.strikeline.runtime.StreamsSettings;
import io.strikeline.testkit.SharedKafka;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicAdmin;
import io.strikeline.topics.TopicSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * An alerting stage of its own on the shared broker: topics under a unique suffix, a unique application id, how an
 * instance runs, how far it has read, and the alerts it has committed.
 */
record AlertsStage(String topicSuffix, int partitions, String applicationId) {

    static AlertsStage create(Admin admin, String name, int partitions) {
        AlertsStage stage = new AlertsStage("-" + SharedKafka.uniqueName(name), partitions,
                SharedKafka.uniqueName(AlertTopology.APPLICATION_ID));
        try (AvroSerdes serdes = AvroSerdes.inMemory()) {
            TopicAdmin.ensure(admin, stage.topics(serdes).definitions(), Optional.empty());
        }
        return stage;
    }

    StrikelineTopics topics(AvroSerdes serdes) {
        return new StrikelineTopics(serdes, partitions, topicSuffix);
    }

    StreamsRunner start(String bootstrapServers, AvroSerdes serdes, Path stateDir, AlertRules rules) {
        StrikelineTopics topics = topics(serdes);
        return StreamsRunner.start("alerts", AlertTopology.build(topics, rules), StreamsSettings.of(applicationId,
                bootstrapServers, stateDir, topics.alertsDlq().name(), Map.of()));
    }

    /**
     * Whether the stage has committed past every committed record of the tallies and of its repartition topic; not
     * before the stage has created that topic.
     */
    boolean caughtUp(Admin admin) throws InterruptedException {
        try {
            return caughtUpOrFail(admin);
        } catch (ExecutionException e) {
            return false;
        }
    }

    private boolean caughtUpOrFail(Admin admin) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : List.of(StrikelineTopics.TALLIES_REGION_DAY + topicSuffix,
                AlertTopology.repartitionTopic(applicationId))) {
            for (int partition = 0; partition < partitions; partition++) {
                latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
        }
        var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        for (TopicPartition partition : latest.keySet()) {
            OffsetAndMetadata at = committed.get(partition);
            if (ends.get(partition).offset() > (at == null ? 0 : at.offset())) {
                return false;
            }
        }
        return true;
    }

    /** Every committed alert record, by alert id in the order committed. */
    Map<String, List<Alert>> alertRecords(String bootstrapServers, AvroSerdes serdes) {
        StrikelineTopics topics = topics(serdes);
        Map<String, List<Alert>> records = new HashMap<>();
        TopicSnapshot.forEach(bootstrapServers, Map.of(), topics.alerts().name(), topics.alerts().valueSerde().deserializer(),
                record -> records.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(record.value()));
        return records;
    }
}
