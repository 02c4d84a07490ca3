package io.strikeline.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.strikeline.aggregate.RegionDayKey;
import io.strikeline.geo.Region;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The read API over the aggregate stage's state. Any instance answers for every key: a range of tallies is
 * gathered from the instances that hold the state's partitions as active, each asked for exactly its own (in
 * parallel); one region-day's events are asked of the instance that holds it. A request from another instance
 * names its partitions in a header and is answered from this instance's state alone, never passed on.
 * <ul>
 *   <li>{@code GET /tallies?region=UA-59&from=2025-07-01&to=2025-07-31[&asOf=2025-07-24T08:00:00Z]}: region
 *       optional (all regions and the national row);</li>
 *   <li>{@code GET /tallies/{date}[?asOf=...]}: every region that day, the national row included;</li>
 *   <li>{@code GET /events?region=UA-59&date=2025-07-23[&asOf=...]}: the merged attacks with their sources;</li>
 *   <li>{@code GET /regions}: the 27 units and {@code UA}.</li>
 * </ul>
 * Bad parameters are a 400 naming what is wrong; a state or an instance that cannot answer now is a 503.
 */
public final class QueryHttpApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Views.TallyView> TALLY_ORDER = Comparator.comparing(Views.TallyView::region)
            .thenComparing(Views.TallyView::date);

    private final LocalRegionDays local;
    private final Instances instances;

    /** @param partitions the partitions of strike-events, hence of the region-day state */
    public QueryHttpApi(KafkaStreams streams, HostInfo self, int partitions) {
        this.local = new LocalRegionDays(streams);
        this.instances = new Instances(streams, self, partitions);
    }

    public void install(JavalinConfig config) {
        config.routes.get("/tallies", ctx -> tallies(ctx, TallyQuery.of(ctx.queryParam("region"), ctx.queryParam("from"),
                ctx.queryParam("to"), ctx.queryParam("asOf"))));
        config.routes.get("/tallies/{date}", ctx -> tallies(ctx, TallyQuery.ofDay(ctx.pathParam("date"), ctx.queryParam("asOf"))));
        config.routes.get("/events", this::events);
        config.routes.get("/regions", ctx -> json(ctx, 200, TallyQuery.allRegions().stream().map(Views.RegionView::of).toList()));
        config.routes.exception(InvalidQueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        config.routes.exception(InstanceUnavailableException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        config.routes.exception(InvalidStateStoreException.class, (e, ctx) -> error(ctx, 503,
                "the tallies are being restored or moved to another instance (" + e.getMessage() + "); retry"));
    }

    private void tallies(Context ctx, TallyQuery query) {
        Optional<List<Integer>> asked = askedPartitions(ctx);
        if (asked.isPresent()) {
            json(ctx, 200, local.tallies(query, asked.get()));
            return;
        }
        List<CompletableFuture<String>> remote = new ArrayList<>();
        Set<Integer> own = Set.of();
        for (Map.Entry<HostInfo, Set<Integer>> host : instances.activePartitions().entrySet()) {
            if (instances.isSelf(host.getKey())) {
                own = host.getValue();
            } else {
                remote.add(instances.get(host.getKey(), pathAndQuery(ctx), host.getValue()));
            }
        }
        List<Views.TallyView> all = new ArrayList<>(local.tallies(query, own));
        for (CompletableFuture<String> answer : remote) {
            all.addAll(read(join(answer), new TypeReference<List<Views.TallyView>>() { }));
        }
        all.sort(TALLY_ORDER);
        json(ctx, 200, all);
    }

    private void events(Context ctx) {
        Region region = TallyQuery.region(ctx.queryParam("region"));
        LocalDate date = TallyQuery.date("date", ctx.queryParam("date"));
        Optional<Instant> asOf = TallyQuery.instant(ctx.queryParam("asOf"));
        Optional<List<Integer>> asked = askedPartitions(ctx);
        if (asked.isPresent()) {
            json(ctx, 200, local.events(region, date, asOf, asked.get().get(0)));
            return;
        }
        KeyQueryMetadata owner = instances.owner(RegionDayKey.of(region.iso(), date));
        if (instances.isSelf(owner.activeHost())) {
            json(ctx, 200, local.events(region, date, asOf, owner.partition()));
        } else {
            String answer = join(instances.get(owner.activeHost(), pathAndQuery(ctx), List.of(owner.partition())));
            ctx.status(200).contentType("application/json").result(answer);
        }
    }

    /** The partitions another instance asks of this one; empty for a request from a client. */
    private static Optional<List<Integer>> askedPartitions(Context ctx) {
        String header = ctx.header(Instances.PARTITIONS_HEADER);
        if (header == null) {
            return Optional.empty();
        }
        try {
            List<Integer> partitions = new ArrayList<>();
            for (String partition : header.split(",")) {
                partitions.add(Integer.parseInt(partition.trim()));
            }
            return Optional.of(partitions);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(Instances.PARTITIONS_HEADER + " '" + header + "' is not a list of partitions");
        }
    }

    private static String pathAndQuery(Context ctx) {
        String query = ctx.queryString();
        return query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
    }

    private static String join(CompletableFuture<String> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof InstanceUnavailableException unavailable ? unavailable
                    : new InstanceUnavailableException("another instance failed to answer: " + e.getCause(), e.getCause());
        }
    }

    private static <T> T read(String body, TypeReference<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new InstanceUnavailableException("another instance answered with something unreadable: " + e.getMessage(), e);
        }
    }

    private static void error(Context ctx, int status, String message) {
        json(ctx, status, Map.of("error", message));
    }

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
