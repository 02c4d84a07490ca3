package io.strikeline.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.strikeline.ingest.IngestWriter;
import io.strikeline.ingest.JsonLinesReader;
import io.strikeline.ingest.Parsed;
import io.strikeline.ingest.RawRecord;
import io.strikeline.ingest.articles.ArticleParser;
import io.strikeline.ingest.reports.ReportParser;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Push ingest for feeds that send rather than drop files: {@code POST /v1/articles} and
 * {@code POST /v1/strike-reports} take one JSON object or an array of them, validated as the file
 * ingest validates. A batch is all or nothing: if any item is invalid the answer is 400 with every
 * reason and nothing is written; otherwise 202 with the record keys, once the records are durable.
 *
 * <p>Validation is all or nothing; the write cannot be: if Kafka fails part-way through a batch the answer
 * is 503 and some records of the batch may already be written. Sending the batch again is safe, because a
 * record's key is derived from its content and a second copy only replaces the first.
 */
public final class IngestHttpApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WRITE_TIMEOUT_SECONDS = 30;

    private final IngestWriter writer;
    private final StrikelineTopics topics;
    private final Clock clock;

    public IngestHttpApi(IngestWriter writer, StrikelineTopics topics, Clock clock) {
        this.writer = writer;
        this.topics = topics;
        this.clock = clock;
    }

    public void install(JavalinConfig config) {
        config.routes.post("/v1/articles", ctx -> ingest(ctx, topics.articles(), ArticleParser::parse));
        config.routes.post("/v1/strike-reports", ctx -> ingest(ctx, topics.strikeReports(), ReportParser::parse));
    }

    private <V> void ingest(Context ctx, Topic<String, V> topic, BiFunction<RawRecord, Instant, Parsed<V>> parser)
            throws Exception {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            badRequest(ctx, List.of(error(-1, "the body is not valid JSON: " + e.getOriginalMessage())));
            return;
        }
        List<JsonNode> items = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(items::add);
        } else if (body != null && body.isObject()) {
            items.add(body);
        } else {
            badRequest(ctx, List.of(error(-1, "the body must be a JSON object or an array of objects")));
            return;
        }
        if (items.isEmpty()) {
            badRequest(ctx, List.of(error(-1, "the array is empty")));
            return;
        }
        Instant now = clock.instant();
        List<Parsed<V>> parsed = new ArrayList<>();
        List<ObjectNode> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                errors.add(error(i, "item is not a JSON object"));
                continue;
            }
            Parsed<V> outcome = parser.apply(new RawRecord(JsonLinesReader.fields(item), RawRecord.PUSHED, i + 1L,
                    item.toString().getBytes(StandardCharsets.UTF_8)), now);
            if (outcome.isAccepted()) {
                parsed.add(outcome);
            } else {
                errors.add(error(i, outcome.rejection()));
            }
        }
        if (!errors.isEmpty()) {
            badRequest(ctx, errors);
            return;
        }
        write(ctx, topic, parsed);
    }

    private <V> void write(Context ctx, Topic<String, V> topic, List<Parsed<V>> records)
            throws InterruptedException {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        ArrayNode keys = JSON.createArrayNode();
        for (Parsed<V> record : records) {
            sends.add(writer.send(topic, record.key(), record.value()));
            keys.add(record.key());
        }
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            ctx.status(503).contentType("application/json").result(JSON.createObjectNode()
                    .put("error", "could not write to Kafka: " + e.getMessage()).toString());
            return;
        }
        ObjectNode response = JSON.createObjectNode();
        response.put("topic", topic.name());
        response.set("keys", keys);
        ctx.status(202).contentType("application/json").result(response.toString());
    }

    private static ObjectNode error(int index, String reason) {
        ObjectNode error = JSON.createObjectNode();
        if (index >= 0) {
            error.put("index", index);
        }
        error.put("reason", reason);
        return error;
    }

    private static void badRequest(Context ctx, List<ObjectNode> errors) {
        ObjectNode body = JSON.createObjectNode();
        body.set("errors", JSON.valueToTree(errors));
        ctx.status(400).contentType("application/json").result(body.toString());
    }
}
