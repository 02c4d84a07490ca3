package io.strikeline.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.strikeline.aggregate.RegionDayKey;
import io.strikeline.geo.Region;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The read API over the aggregate stage's state. Any instance answers for every key: a range of tallies is
 * gathered from every instance that holds part of the state, one region-day's events are asked of the instance
 * that holds it. An instance asks another with {@code scope=local}, which answers from its own state only.
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
    private static final String LOCAL = "local";
    private static final Comparator<Views.TallyView> TALLY_ORDER = Comparator.comparing(Views.TallyView::region)
            .thenComparing(Views.TallyView::date);

    private final LocalRegionDays local;
    private final Instances instances;

    public QueryHttpApi(KafkaStreams streams, HostInfo self) {
        this.local = new LocalRegionDays(streams);
        this.instances = new Instances(streams, self);
    }

    public void install(JavalinConfig config) {
        config.routes.get("/tallies", ctx -> tallies(ctx, TallyQuery.of(ctx.queryParam("region"), ctx.queryParam("from"),
                ctx.queryParam("to"), ctx.queryParam("asOf"))));
        config.routes.get("/tallies/{date}", ctx -> {
            String date = ctx.pathParam("date");
            tallies(ctx, TallyQuery.of(null, date, date, ctx.queryParam("asOf")));
        });
        config.routes.get("/events", this::events);
        config.routes.get("/regions", ctx -> json(ctx, 200, TallyQuery.allRegions().stream().map(Views.RegionView::of).toList()));
        config.routes.exception(InvalidQueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        config.routes.exception(InstanceUnavailableException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        config.routes.exception(InvalidStateStoreException.class, (e, ctx) -> error(ctx, 503,
                "the tallies are being restored or moved to another instance (" + e.getMessage() + "); retry"));
    }

    private void tallies(Context ctx, TallyQuery query) {
        if (LOCAL.equals(ctx.queryParam("scope"))) {
            json(ctx, 200, local.tallies(query));
            return;
        }
        List<Views.TallyView> all = new ArrayList<>();
        for (HostInfo host : instances.holdingState()) {
            if (instances.isSelf(host)) {
                all.addAll(local.tallies(query));
            } else {
                all.addAll(read(instances.get(host, localPath(ctx)), new TypeReference<List<Views.TallyView>>() { }));
            }
        }
        all.sort(TALLY_ORDER);
        json(ctx, 200, all);
    }

    private void events(Context ctx) {
        Region region = TallyQuery.region(ctx.queryParam("region"));
        LocalDate date = TallyQuery.date("date", ctx.queryParam("date"));
        var asOf = TallyQuery.instant(ctx.queryParam("asOf"));
        HostInfo owner = LOCAL.equals(ctx.queryParam("scope")) ? null : instances.owner(RegionDayKey.of(region.iso(), date));
        if (owner == null || instances.isSelf(owner)) {
            json(ctx, 200, local.events(region, date, asOf));
        } else {
            ctx.status(200).contentType("application/json").result(instances.get(owner, localPath(ctx)));
        }
    }

    /** The same request, for another instance to answer from its own state. */
    private static String localPath(Context ctx) {
        String query = ctx.queryString();
        return ctx.path() + "?" + (query == null || query.isEmpty() ? "" : query + "&") + "scope=" + LOCAL;
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

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
