package io.strikeline.registry.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.strikeline.registry.core.CompatibilityLevel;
import io.strikeline.registry.core.CompatibilityResult;
import io.strikeline.registry.core.RegistryException;
import io.strikeline.registry.core.SchemaRegistryService;
import io.strikeline.registry.core.SchemaRegistryService.SchemaSubmission;
import io.strikeline.registry.core.SchemaVersion;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent Schema Registry REST API over {@link SchemaRegistryService}: same paths, JSON bodies,
 * content types and error bodies ({@code {"error_code": 40401, "message": "..."}}), so Confluent's
 * serializers, the Python client and other compatible tools work against it unchanged.
 */
public final class RegistryHttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaRegistryService service;

    public RegistryHttpApi(SchemaRegistryService service) {
        this.service = service;
    }

    /** Installs routes and error mapping into a Javalin configuration. */
    public void install(JavalinConfig config) {
        var routes = config.routes;
        routes.before(this::refuseUnsupportedContentTypes);

        routes.get("/", ctx -> respond(ctx, JSON.createObjectNode()));
        routes.get("/schemas/types", ctx -> respond(ctx, List.of("AVRO")));
        routes.get("/schemas/ids/{id}", this::schemaById);
        routes.get("/schemas/ids/{id}/schema", ctx -> respondRaw(ctx, service.schemaById(schemaId(ctx))));
        routes.get("/schemas/ids/{id}/versions", ctx -> respond(ctx, service.versionsOfId(schemaId(ctx), flag(ctx, "deleted"))
                .stream().map(use -> Map.of("subject", use.subject(), "version", use.version())).toList()));
        routes.get("/schemas/ids/{id}/subjects", ctx -> respond(ctx, service.subjectsOfId(schemaId(ctx), flag(ctx, "deleted"))));

        routes.get("/subjects", ctx -> respond(ctx, service.subjects(flag(ctx, "deleted"), ctx.queryParam("subjectPrefix"))));
        routes.post("/subjects/{subject}", ctx -> respond(ctx, versionBody(
                service.lookup(ctx.pathParam("subject"), submission(ctx), flag(ctx, "deleted")))));
        routes.delete("/subjects/{subject}", ctx -> respond(ctx,
                service.deleteSubject(ctx.pathParam("subject"), flag(ctx, "permanent"))));
        routes.get("/subjects/{subject}/versions", ctx -> respond(ctx,
                service.versions(ctx.pathParam("subject"), flag(ctx, "deleted"))));
        routes.post("/subjects/{subject}/versions", ctx -> respond(ctx,
                Map.of("id", service.register(ctx.pathParam("subject"), submission(ctx)))));
        routes.get("/subjects/{subject}/versions/{version}", ctx -> respond(ctx, versionBody(
                service.version(ctx.pathParam("subject"), ctx.pathParam("version"), flag(ctx, "deleted")))));
        routes.get("/subjects/{subject}/versions/{version}/schema", ctx -> respondRaw(ctx,
                service.version(ctx.pathParam("subject"), ctx.pathParam("version"), flag(ctx, "deleted")).schema()));
        routes.delete("/subjects/{subject}/versions/{version}", ctx -> respond(ctx, service.deleteVersion(
                ctx.pathParam("subject"), ctx.pathParam("version"), flag(ctx, "permanent"))));

        routes.post("/compatibility/subjects/{subject}/versions/{version}", ctx -> compatibility(ctx, ctx.pathParam("version")));
        routes.post("/compatibility/subjects/{subject}/versions", ctx -> compatibility(ctx, null));

        routes.get("/config", ctx -> respond(ctx, levelBody("compatibilityLevel", service.globalCompatibility())));
        routes.put("/config", ctx -> respond(ctx, levelBody("compatibility",
                service.setGlobalCompatibility(requestedLevel(ctx)))));
        routes.delete("/config", ctx -> respond(ctx, levelBody("compatibilityLevel", service.resetGlobalCompatibility())));
        routes.get("/config/{subject}", ctx -> respond(ctx, levelBody("compatibilityLevel",
                service.subjectCompatibility(ctx.pathParam("subject"), flag(ctx, "defaultToGlobal")))));
        routes.put("/config/{subject}", ctx -> respond(ctx, levelBody("compatibility",
                service.setSubjectCompatibility(ctx.pathParam("subject"), requestedLevel(ctx)))));
        routes.delete("/config/{subject}", ctx -> respond(ctx, levelBody("compatibilityLevel",
                service.deleteSubjectCompatibility(ctx.pathParam("subject")))));

        // Writes always go to the log; the registry has no read-only or import mode.
        routes.get("/mode", ctx -> respond(ctx, Map.of("mode", "READWRITE")));

        routes.exception(RegistryException.class, (e, ctx) -> error(ctx, e.httpStatus(), e.errorCode(), e.getMessage()));
        routes.exception(JsonProcessingException.class, (e, ctx) ->
                error(ctx, 400, 400, "Malformed JSON in the request body: " + e.getOriginalMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getStatus(),
                "HTTP " + e.getStatus() + " " + e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected error serving {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, 500, "Internal server error: " + e);
        });
    }

    private void schemaById(Context ctx) throws JsonProcessingException {
        ObjectNode body = JSON.createObjectNode();
        body.put("schema", service.schemaById(schemaId(ctx)));
        respond(ctx, body);
    }

    private void compatibility(Context ctx, String version) throws JsonProcessingException {
        boolean verbose = flag(ctx, "verbose");
        CompatibilityResult result = service.testCompatibility(ctx.pathParam("subject"), version, submission(ctx), verbose);
        ObjectNode body = JSON.createObjectNode();
        body.put("is_compatible", result.compatible());
        if (verbose) {
            body.set("messages", JSON.valueToTree(result.messages()));
        }
        respond(ctx, body);
    }

    private void refuseUnsupportedContentTypes(Context ctx) {
        boolean hasBody = ctx.method() == HandlerType.POST || ctx.method() == HandlerType.PUT;
        if (hasBody && !MediaTypes.isAcceptedRequestType(ctx.contentType())) {
            throw new HttpResponseException(415, "Unsupported Media Type");
        }
    }

    private static SchemaSubmission submission(Context ctx) throws JsonProcessingException {
        JsonNode body = requestBody(ctx);
        JsonNode schema = body.get("schema");
        if (schema == null || !schema.isTextual()) {
            throw RegistryException.invalidSchema("the request needs a \"schema\" string");
        }
        if (body.hasNonNull("id") || body.hasNonNull("version")) {
            throw RegistryException.unprocessable(
                    "Registering with an explicit id or version needs IMPORT mode, which this registry does not offer");
        }
        String schemaType = body.hasNonNull("schemaType") ? body.get("schemaType").asText() : null;
        JsonNode references = body.get("references");
        boolean hasReferences = references != null && references.isArray() && !references.isEmpty();
        return new SchemaSubmission(schema.asText(), schemaType, hasReferences);
    }

    private static CompatibilityLevel requestedLevel(Context ctx) throws JsonProcessingException {
        JsonNode level = requestBody(ctx).get("compatibility");
        return CompatibilityLevel.parse(level == null || level.isNull() ? null : level.asText());
    }

    private static JsonNode requestBody(Context ctx) throws JsonProcessingException {
        String text = ctx.body();
        if (text.isBlank()) {
            throw RegistryException.unprocessable("The request body is empty");
        }
        JsonNode body = JSON.readTree(text);
        if (!body.isObject()) {
            throw RegistryException.unprocessable("The request body must be a JSON object");
        }
        return body;
    }

    private static int schemaId(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw RegistryException.badRequest("Schema id '" + text + "' is not a number");
        }
    }

    private static boolean flag(Context ctx, String name) {
        return Boolean.parseBoolean(ctx.queryParam(name));
    }

    private static ObjectNode versionBody(SchemaVersion version) {
        ObjectNode body = JSON.createObjectNode();
        body.put("subject", version.subject());
        body.put("version", version.version());
        body.put("id", version.id());
        body.put("schema", version.schema());
        return body;
    }

    private static ObjectNode levelBody(String field, CompatibilityLevel level) {
        ObjectNode body = JSON.createObjectNode();
        body.put(field, level.name());
        return body;
    }

    private static void respond(Context ctx, Object body) throws JsonProcessingException {
        ctx.contentType(MediaTypes.responseType(ctx.header("Accept")));
        ctx.result(JSON.writeValueAsString(body));
    }

    /** A schema text as the body itself (the {@code .../schema} endpoints). */
    private static void respondRaw(Context ctx, String schema) {
        ctx.contentType(MediaTypes.responseType(ctx.header("Accept")));
        ctx.result(schema);
    }

    private static void error(Context ctx, int status, int errorCode, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("error_code", errorCode);
        body.put("message", message);
        ctx.status(status);
        ctx.contentType(MediaTypes.responseType(ctx.header("Accept")));
        ctx.result(body.toString());
    }
}
