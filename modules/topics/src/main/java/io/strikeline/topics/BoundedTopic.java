package io.strikeline.topics;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A topic as it stood at one moment: the end offsets of its committed data ({@code read_committed}) taken
 * once, so that every read of it (there may be several) gives the same records, each partition from its
 * beginning in offset order, and nothing written since. No consumer group, nothing committed: reading it
 * changes no application's offsets.
 */
public final class BoundedTopic {

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(60);
    /** A read gives up only when it stops getting further for this long, however big the topic is. */
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;
    private final Map<String, Object> clientProperties;
    private final String name;
    private final Map<TopicPartition, Long> endOffsets;

    private BoundedTopic(String bootstrapServers, Map<String, Object> clientProperties, String name,
            Map<TopicPartition, Long> endOffsets) {
        this.bootstrapServers = bootstrapServers;
        this.clientProperties = Map.copyOf(clientProperties);
        this.name = name;
        this.endOffsets = Map.copyOf(endOffsets);
    }

    /** The topic up to the end of what is committed in it now. */
    public static BoundedTopic upToNow(String bootstrapServers, Map<String, Object> clientProperties, String topic) {
        Map<String, Object> props = consumerProperties(bootstrapServers, clientProperties);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, METADATA_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                throw new IllegalStateException("Topic " + topic + " does not exist at " + bootstrapServers);
            }
            List<TopicPartition> all = partitions.stream().map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            return new BoundedTopic(bootstrapServers, clientProperties, topic,
                    consumer.endOffsets(all, METADATA_TIMEOUT));
        }
    }

    public String name() {
        return name;
    }

    public int partitions() {
        return endOffsets.size();
    }

    /** Offsets past the last committed record of each partition, as they were when this was taken. */
    public Map<TopicPartition, Long> endOffsets() {
        return endOffsets;
    }

    /** Gives every record up to the end offsets, tombstones included, each partition in offset order. */
    public <K, V> void forEach(Deserializer<K> keys, Deserializer<V> values, Consumer<ConsumerRecord<K, V>> action) {
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(consumerProperties(bootstrapServers, clientProperties),
                keys, values)) {
            consumer.assign(endOffsets.keySet());
            consumer.seekToBeginning(endOffsets.keySet());
            Set<TopicPartition> reading = new HashSet<>(endOffsets.keySet());
            long stalledSince = System.nanoTime();
            while (!reading.isEmpty()) {
                ConsumerRecords<K, V> records = consumer.poll(POLL);
                for (ConsumerRecord<K, V> record : records) {
                    // A poll may run past the end into what was written after the end was taken.
                    if (record.offset() < endOffsets.get(new TopicPartition(record.topic(), record.partition()))) {
                        action.accept(record);
                    }
                }
                boolean progressed = !records.isEmpty();
                for (Iterator<TopicPartition> partitions = reading.iterator(); partitions.hasNext(); ) {
                    TopicPartition partition = partitions.next();
                    if (consumer.position(partition) >= endOffsets.get(partition)) {
                        consumer.pause(List.of(partition));
                        partitions.remove();
                        progressed = true;
                    }
                }
                if (progressed) {
                    stalledSince = System.nanoTime();
                } else if (System.nanoTime() - stalledSince > STALL_TIMEOUT.toNanos()) {
                    throw new IllegalStateException("Reading " + name + " got no further for " + STALL_TIMEOUT
                            + " (partitions not read to their end: " + reading + ")");
                }
            }
        }
    }

    private static Map<String, Object> consumerProperties(String bootstrapServers, Map<String, Object> clientProperties) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "strikeline-read-" + UUID.randomUUID());
        props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return props;
    }
}
