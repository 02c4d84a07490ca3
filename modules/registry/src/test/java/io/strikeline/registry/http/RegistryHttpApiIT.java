package io.strikeline.registry.http;

import static io.strikeline.registry.http.HttpResult.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.registry.RegistryConfig;
import io.strikeline.registry.SchemaRegistryServer;
import io.strikeline.testkit.SharedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API over real HTTP, backed by a real broker: paths, bodies, content types and error codes. */
@ExtendWith(SharedKafka.class)
class RegistryHttpApiIT {

    private static final String V1 = """
            {"type":"record","name":"Strike","namespace":"test","fields":[{"name":"region","type":"string"}]}""";
    private static final String V2 = """
            {"type":"record","name":"Strike","namespace":"test","fields":[{"name":"region","type":"string"},
             {"name":"launched","type":["null","int"],"default":null}]}""";
    private static final String INCOMPATIBLE = """
            {"type":"record","name":"Strike","namespace":"test","fields":[{"name":"region","type":"int"}]}""";

    private static SchemaRegistryServer registry;
    private static String url;

    @BeforeAll
    static void startRegistry(EmbeddedKafka kafka) {
        registry = SchemaRegistryServer.start(RegistryConfig.local(kafka.bootstrapServers())
                .withStorage(io.strikeline.registry.storage.StorageConfig.of(kafka.bootstrapServers())
                        .withTopic(SharedKafka.uniqueName("_schemas")))
                .withMaxRequestBytes(64 * 1024));
        url = registry.url();
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    private static String subject() {
        return SharedKafka.uniqueName("api") + "-value";
    }

    @Test
    void shouldRegisterIdempotentlyAndServeTheSchemaByIdInTheRegistryContentType() {
        String subject = subject();

        HttpResult first = HttpResult.post(url + "/subjects/" + subject + "/versions", schemaBody(V1));
        HttpResult again = HttpResult.post(url + "/subjects/" + subject + "/versions", schemaBody(V1));
        int id = first.json().get("id").asInt();
        HttpResult byId = HttpResult.get(url + "/schemas/ids/" + id);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith(HttpResult.V1_JSON);
        assertThat(again.json().get("id").asInt()).isEqualTo(id);
        assertThat(byId.json().get("schema").asText()).contains("\"name\":\"Strike\"");
        assertThat(byId.json().has("schemaType")).as("schemaType is omitted for AVRO").isFalse();
        assertThat(HttpResult.get(url + "/subjects/" + subject + "/versions").body()).isEqualTo("[1]");
    }

    @Test
    void shouldServeVersionsLatestAndRawSchema() {
        String subject = subject();
        HttpResult.post(url + "/subjects/" + subject + "/versions", schemaBody(V1));
        int id2 = HttpResult.post(url + "/subjects/" + subject + "/versions", schemaBody(V2)).json().get("id").asInt();

        HttpResult latest = HttpResult.get(url + "/subjects/" + subject + "/versions/latest");
        HttpResult raw = HttpResult.get(url + "/subjects/" + subject + "/versions/1/schema");
        HttpResult lookup = HttpResult.post(url + "/subjects/" + subject, schemaBody(V2));

        assertThat(latest.json().get("version").asInt()).isEqualTo(2);
        assertThat(latest.json().get("id").asInt()).isEqualTo(id2);
        assertThat(latest.json().get("subject").asText()).isEqualTo(subject);
        assertThat(raw.json().get("name").asText()).isEqualTo("Strike");
        assertThat(lookup.json().get("version").asInt()).isEqualTo(2);
        assertThat(HttpResult.get(url + "/schemas/ids/" + id2 + "/versions").json().get(0).get("subject").asText())
                .isEqualTo(subject);
        assertThat(HttpResult.get(url + "/subjects").json().toString()).contains(subject);
    }

    @Test
    void shouldRefuseAnIncompatibleSchemaWith409() {
        String subject = subject();
        HttpResult.post(url + "/subjects/" + subject + "/versions", schemaBody(V1));

        HttpResult refused = HttpResult.post(url + "/subjects/" + subject + "/versions", schemaBody(INCOMPATIBLE));
        HttpResult test = HttpResult.post(url + "/compatibility/subjects/" + subject + "/versions/latest?verbose=true",
                schemaBody(INCOMPATIBLE));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("incompatible").contains(subject);
        assertThat(test.json().get("is_compatible").asBoolean()).isFalse();
        assertThat(test.json().get("messages")).isNotEmpty();
    }

    @Test
    void shouldAnswerConfluentErrorCodesForMissingThings() {
        String subject = subject();

        assertThat(HttpResult.get(url + "/subjects/" + subject + "/versions")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.errorCode()).isEqualTo(40401);
        });
        HttpResult.post(url + "/subjects/" + subject + "/versions", schemaBody(V1));
        assertThat(HttpResult.get(url + "/subjects/" + subject + "/versions/9").errorCode()).isEqualTo(40402);
        assertThat(HttpResult.get(url + "/schemas/ids/999999").errorCode()).isEqualTo(40403);
        assertThat(HttpResult.get(url + "/config/" + subject).errorCode()).isEqualTo(40408);
        assertThat(HttpResult.get(url + "/subjects/" + subject + "/versions/zero")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.errorCode()).isEqualTo(42202);
        });
    }

    @Test
    void shouldRefuseBadRequestsWithConfluentStyleErrorBodies() {
        String subject = subject();

        HttpResult invalidSchema = HttpResult.post(url + "/subjects/" + subject + "/versions", schemaBody("{\"type\":"));
        HttpResult malformed = HttpResult.post(url + "/subjects/" + subject + "/versions", "{not json");
        HttpResult badLevel = HttpResult.put(url + "/config/" + subject, "{\"compatibility\":\"SIDEWAYS\"}");
        HttpResult wrongType = HttpResult.post(url + "/subjects/" + subject + "/versions", schemaBody(V1), "text/plain");
        HttpResult unknownPath = HttpResult.get(url + "/no/such/path");
        HttpResult tooLarge = HttpResult.post(url + "/subjects/" + subject + "/versions",
                schemaBody("\"" + "x".repeat(70 * 1024) + "\""));

        assertThat(invalidSchema.status()).isEqualTo(422);
        assertThat(invalidSchema.errorCode()).isEqualTo(42201);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo(400);
        assertThat(badLevel.status()).isEqualTo(422);
        assertThat(badLevel.errorCode()).isEqualTo(42203);
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.errorCode()).isEqualTo(415);
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.errorCode()).isEqualTo(404);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo(413);
    }

    @Test
    void shouldUseCompatibilityInPutsAndCompatibilityLevelInGets() {
        String subject = subject();

        HttpResult put = HttpResult.put(url + "/config/" + subject, "{\"compatibility\":\"full\"}");
        HttpResult get = HttpResult.get(url + "/config/" + subject);
        HttpResult global = HttpResult.get(url + "/config");

        assertThat(put.json().toString()).isEqualTo("{\"compatibility\":\"FULL\"}");
        assertThat(get.json().toString()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
        assertThat(global.json().has("compatibilityLevel")).isTrue();
        assertThat(HttpResult.delete(url + "/config/" + subject).json().get("compatibilityLevel").asText())
                .isEqualTo("FULL");
    }

    @Test
    void shouldSoftThenPermanentlyDeleteOverHttp() {
        String subject = subject();
        HttpResult.post(url + "/subjects/" + subject + "/versions", schemaBody(V1));

        HttpResult permanentFirst = HttpResult.delete(url + "/subjects/" + subject + "?permanent=true");
        HttpResult soft = HttpResult.delete(url + "/subjects/" + subject);
        HttpResult softAgain = HttpResult.delete(url + "/subjects/" + subject);
        HttpResult permanent = HttpResult.delete(url + "/subjects/" + subject + "?permanent=true");

        assertThat(permanentFirst.errorCode()).isEqualTo(40405);
        assertThat(soft.body()).isEqualTo("[1]");
        assertThat(softAgain.errorCode()).isEqualTo(40404);
        assertThat(permanent.body()).isEqualTo("[1]");
        assertThat(HttpResult.get(url + "/subjects?deleted=true").body()).doesNotContain(subject);
    }

    @Test
    void shouldAnswerSchemaTypesAndMode() {
        assertThat(HttpResult.get(url + "/schemas/types").body()).isEqualTo("[\"AVRO\"]");
        assertThat(HttpResult.get(url + "/mode").json().get("mode").asText()).isEqualTo("READWRITE");
    }
}
