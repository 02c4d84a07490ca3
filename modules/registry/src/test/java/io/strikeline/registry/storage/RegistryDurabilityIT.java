package io.strikeline.registry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.registry.RegistryConfig;
import io.strikeline.registry.SchemaRegistryServer;
import io.strikeline.registry.core.CompatibilityLevel;
import io.strikeline.registry.core.SchemaRegistryService;
import io.strikeline.registry.core.SchemaRegistryService.SchemaSubmission;
import io.strikeline.testkit.SharedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry's state lives in the Kafka topic: restarts and other instances see the same ids. */
@ExtendWith(SharedKafka.class)
class RegistryDurabilityIT {

    private static String schema(String name, int fields) {
        StringBuilder text = new StringBuilder("{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[");
        for (int i = 0; i < fields; i++) {
            text.append(i == 0 ? "" : ",").append("{\"name\":\"f").append(i)
                    .append("\",\"type\":[\"null\",\"string\"],\"default\":null}");
        }
        return text.append("]}").toString();
    }

    private static StorageConfig storage(EmbeddedKafka kafka, String topic) {
        return StorageConfig.of(kafka.bootstrapServers()).withTopic(topic).withTimeout(Duration.ofSeconds(20));
    }

    @Test
    void shouldKeepSubjectsVersionsIdsAndConfigAcrossARestart(EmbeddedKafka kafka) {
        String topic = SharedKafka.uniqueName("_schemas");
        List<Integer> ids = new ArrayList<>();
        try (KafkaSchemaLog log = KafkaSchemaLog.open(storage(kafka, topic), CompatibilityLevel.BACKWARD)) {
            SchemaRegistryService registry = new SchemaRegistryService(log);
            registry.register("a-value", SchemaSubmission.avro(schema("A", 1)));
            ids.add(registry.register("b-value", SchemaSubmission.avro(schema("B", 1))));
            ids.add(registry.register("b-value", SchemaSubmission.avro(schema("B", 2))));
            registry.setSubjectCompatibility("b-value", CompatibilityLevel.FULL);
            registry.deleteSubject("a-value", false);
        }

        try (KafkaSchemaLog log = KafkaSchemaLog.open(storage(kafka, topic), CompatibilityLevel.BACKWARD)) {
            SchemaRegistryService registry = new SchemaRegistryService(log);

            assertThat(registry.subjects(false, null)).containsExactly("b-value");
            assertThat(registry.subjects(true, null)).containsExactly("a-value", "b-value");
            assertThat(registry.versions("b-value", false)).containsExactly(1, 2);
            assertThat(registry.version("b-value", "1", false).id()).isEqualTo(ids.get(0));
            assertThat(registry.version("b-value", "2", false).id()).isEqualTo(ids.get(1));
            assertThat(registry.subjectCompatibility("b-value", false)).isEqualTo(CompatibilityLevel.FULL);
            // The next id continues after the ones already given.
            assertThat(registry.register("c-value", SchemaSubmission.avro(schema("C", 1)))).isEqualTo(4);
        }
    }

    @Test
    void shouldServeTheSameSchemasFromASecondInstanceOverHttp(EmbeddedKafka kafka) {
        RegistryConfig config = RegistryConfig.local(kafka.bootstrapServers())
                .withStorage(storage(kafka, SharedKafka.uniqueName("_schemas")));
        try (SchemaRegistryServer first = SchemaRegistryServer.start(config);
                SchemaRegistryServer second = SchemaRegistryServer.start(config)) {
            String body = "{\"schema\":" + quote(schema("Shared", 1)) + "}";
            int id = io.strikeline.registry.http.TestHttp.postForId(first.url() + "/subjects/shared-value/versions", body);

            // Read through the second instance at once: a miss makes it catch up with the log first.
            String fromSecond = io.strikeline.registry.http.TestHttp.get(second.url() + "/schemas/ids/" + id);
            assertThat(fromSecond).contains("Shared");
            assertThat(io.strikeline.registry.http.TestHttp.postForId(
                    second.url() + "/subjects/shared-value/versions", body)).isEqualTo(id);
        }
    }

    @Test
    void shouldNeverGiveTwoSchemasTheSameIdWhenTwoInstancesRegisterConcurrently(EmbeddedKafka kafka) throws Exception {
        String topic = SharedKafka.uniqueName("_schemas");
        int perInstance = 12;
        try (KafkaSchemaLog first = KafkaSchemaLog.open(storage(kafka, topic), CompatibilityLevel.BACKWARD);
                KafkaSchemaLog second = KafkaSchemaLog.open(storage(kafka, topic), CompatibilityLevel.BACKWARD)) {
            SchemaRegistryService a = new SchemaRegistryService(first);
            SchemaRegistryService b = new SchemaRegistryService(second);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Map.Entry<String, Integer>>> results = new ArrayList<>();
            try {
                for (int i = 0; i < perInstance; i++) {
                    results.add(pool.submit(register(a, "A" + i)));
                    results.add(pool.submit(register(b, "B" + i)));
                }
                Set<Integer> ids = new HashSet<>();
                for (Future<Map.Entry<String, Integer>> result : results) {
                    ids.add(result.get().getValue());
                }
                assertThat(ids).hasSize(2 * perInstance);
            } finally {
                pool.shutdownNow();
            }

            // Both instances converge on one view: every subject maps to the same id in each.
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (int i = 0; i < perInstance; i++) {
                    for (String subject : List.of("A" + i + "-value", "B" + i + "-value")) {
                        assertThat(a.version(subject, "latest", false).id())
                                .isEqualTo(b.version(subject, "latest", false).id());
                    }
                }
            });
        }
    }

    private static Callable<Map.Entry<String, Integer>> register(SchemaRegistryService registry, String name) {
        return () -> Map.entry(name, registry.register(name + "-value", SchemaSubmission.avro(schema(name, 1))));
    }

    private static String quote(String text) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(text).toString();
    }
}
