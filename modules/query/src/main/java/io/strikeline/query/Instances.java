package io.strikeline.query;

import io.strikeline.aggregate.AggregateTopology;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The instances of the aggregate application and which holds what, from the streams metadata (each instance
 * advertises its API as {@code application.server}), and a plain HTTP client to ask the others.
 */
final class Instances {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    Instances(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    boolean isSelf(HostInfo host) {
        return self.equals(host);
    }

    /** Every instance that holds part of the region-day state (this one included). */
    List<HostInfo> holdingState() {
        List<HostInfo> hosts = streams.streamsMetadataForStore(AggregateTopology.REGION_DAY_STORE).stream()
                .map(StreamsMetadata::hostInfo).distinct().toList();
        if (hosts.isEmpty()) {
            throw new InstanceUnavailableException("no instance holds the tallies yet (starting or rebalancing); retry");
        }
        return hosts;
    }

    /** The instance whose active task holds this region-day. */
    HostInfo owner(String regionDayKey) {
        // The store's key is the region-day, hashed as strike-events is partitioned (murmur2 of the UTF-8 key).
        KeyQueryMetadata metadata = streams.queryMetadataForKey(AggregateTopology.REGION_DAY_STORE, regionDayKey,
                Serdes.String().serializer());
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new InstanceUnavailableException("the owner of " + regionDayKey + " is not known yet (rebalancing); retry");
        }
        return metadata.activeHost();
    }

    /** GETs {@code pathAndQuery} from another instance; its body when it answers 200. */
    String get(HostInfo host, String pathAndQuery) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new InstanceUnavailableException("instance " + host + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new InstanceUnavailableException("instance " + host + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstanceUnavailableException("interrupted while asking " + host, e);
        }
    }
}
