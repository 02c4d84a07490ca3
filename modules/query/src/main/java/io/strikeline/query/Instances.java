package io.strikeline.query;

import io.strikeline.aggregate.AggregateTopology;
import io.strikeline.runtime.RegionDayPartitioner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The instances of the aggregate application and which partitions of the region-day state each holds as active,
 * from the streams metadata (each instance advertises its API as {@code application.server}), and an HTTP client
 * to ask the others. A request between instances names the partitions it wants ({@link #PARTITIONS_HEADER}):
 * the instance answers from exactly those or not at all, so a partition that moves meanwhile is a 503, never a
 * hole or a double in the answer.
 */
final class Instances {

    /** Marks a request from another instance: answer from this instance's state, never ask further. */
    static final String PARTITIONS_HEADER = "X-Strikeline-Partitions";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final int partitions;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** @param partitions the partitions of strike-events, hence of the region-day state */
    Instances(KafkaStreams streams, HostInfo self, int partitions) {
        this.streams = streams;
        this.self = self;
        this.partitions = partitions;
    }

    boolean isSelf(HostInfo host) {
        return self.equals(host);
    }

    /** For each instance, the partitions of the region-day state it holds as active; every partition once. */
    Map<HostInfo, Set<Integer>> activePartitions() {
        Map<HostInfo, Set<Integer>> byHost = new LinkedHashMap<>();
        Set<Integer> covered = new TreeSet<>();
        for (StreamsMetadata instance : metadata(streams::metadataForAllStreamsClients)) {
            if (!instance.stateStoreNames().contains(AggregateTopology.REGION_DAY_STORE)) {
                continue; // only standby copies there
            }
            Set<Integer> held = instance.topicPartitions().stream().map(partition -> partition.partition())
                    .filter(covered::add).collect(Collectors.toCollection(TreeSet::new));
            if (!held.isEmpty()) {
                byHost.put(instance.hostInfo(), held);
            }
        }
        if (covered.size() < partitions) {
            Set<Integer> missing = new TreeSet<>();
            for (int partition = 0; partition < partitions; partition++) {
                if (!covered.contains(partition)) {
                    missing.add(partition);
                }
            }
            throw new InstanceUnavailableException("partitions " + missing + " of the tallies have no active instance now"
                    + " (starting or rebalancing); retry");
        }
        return byHost;
    }

    /** The instance whose active task holds this region-day, and the partition. */
    KeyQueryMetadata owner(String regionDayKey) {
        KeyQueryMetadata metadata = metadata(() -> streams.queryMetadataForKey(AggregateTopology.REGION_DAY_STORE,
                regionDayKey, RegionDayPartitioner.byRegionDayKey()));
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)
                || metadata.activeHost().equals(HostInfo.unavailable())) {
            throw new InstanceUnavailableException("the instance holding " + regionDayKey + " is not known now"
                    + " (starting or rebalancing); retry");
        }
        return metadata;
    }

    /** GETs {@code pathAndQuery} from another instance, for these partitions; its body when it answers 200. */
    CompletableFuture<String> get(HostInfo host, String pathAndQuery, Collection<Integer> wanted) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header(PARTITIONS_HEADER, wanted.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                throw new InstanceUnavailableException("instance " + host + " cannot be reached: " + failure.getMessage(),
                        failure);
            }
            if (response.statusCode() != 200) {
                throw new InstanceUnavailableException("instance " + host + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        });
    }

    /** Streams metadata, or a 503 while the instance is not running (starting, shutting down, failed). */
    static <T> T metadata(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalStateException | InvalidStateStoreException e) {
            throw new InstanceUnavailableException("this instance cannot answer now: " + e.getMessage(), e);
        }
    }
}
