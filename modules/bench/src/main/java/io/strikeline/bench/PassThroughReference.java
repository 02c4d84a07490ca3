package io.strikeline.bench;

import io.strikeline.runtime.StreamsRunner;
import io.strikeline.runtime.StreamsSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The ceiling of one Kafka Streams stage on this machine: a topology that copies a topic's bytes to another
 * topic, with strikeline's stage settings (exactly-once, compression, batching) and nothing else to do. The
 * pipeline has two such stages, a state store each, and writes several records per report, so its rate is
 * best read beside this one.
 */
final class PassThroughReference {

    private static final String APPLICATION_ID = "strikeline-bench-pass-through";

    private PassThroughReference() {
    }

    /** Records per second, from start until the copy has committed the whole input. */
    static double rate(Admin admin, String bootstrap, String input, String output, Path stateDir,
            Map<String, ?> overrides) throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-input"))
                .to(output, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("write-copy"));
        Topology topology = builder.build();
        Properties props = StreamsSettings.of(APPLICATION_ID, bootstrap, stateDir, output + ".dlq", overrides);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");

        Map<TopicPartition, Long> ends = endOffsets(admin, input);
        long records = ends.values().stream().mapToLong(Long::longValue).sum();
        long start = System.nanoTime();
        try (StreamsRunner copy = StreamsRunner.start("pass-through", topology, props)) {
            while (!committed(admin, ends)) {
                Thread.sleep(50);
            }
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static boolean committed(Admin admin, Map<TopicPartition, Long> ends) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(APPLICATION_ID)
                .partitionsToOffsetAndMetadata().get();
        return ends.entrySet().stream().allMatch(end -> offsets.get(end.getKey()) != null
                && offsets.get(end.getKey()).offset() >= end.getValue());
    }

    static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        Set<TopicPartition> partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
        ListOffsetsResult result = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())));
        return result.all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
