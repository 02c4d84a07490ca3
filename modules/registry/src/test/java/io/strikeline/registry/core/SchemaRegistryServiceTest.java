package io.strikeline.registry.core;

import static io.strikeline.registry.core.TestSchemas.REPORT;
import static io.strikeline.registry.core.TestSchemas.STRIKE_REGION_AS_INT;
import static io.strikeline.registry.core.TestSchemas.STRIKE_V1;
import static io.strikeline.registry.core.TestSchemas.STRIKE_V2_OPTIONAL_FIELD;
import static io.strikeline.registry.core.TestSchemas.STRIKE_V2_REQUIRED_FIELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.registry.core.SchemaRegistryService.SchemaSubmission;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SchemaRegistryServiceTest {

    private final InMemorySchemaStore store = new InMemorySchemaStore();
    private final SchemaRegistryService registry = new SchemaRegistryService(store);

    private static SchemaSubmission avro(String schema) {
        return SchemaSubmission.avro(schema);
    }

    private static void assertRefused(ThrowingCallable call, int httpStatus, int errorCode) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RegistryException.class, e -> {
            assertThat(e.errorCode()).as("error_code").isEqualTo(errorCode);
            assertThat(e.httpStatus()).as("HTTP status").isEqualTo(httpStatus);
        });
    }

    @Nested
    class Registration {

        @Test
        void shouldGiveIdsFromOneAndVersionsPerSubject() {
            assertThat(registry.register("strikes-value", avro(STRIKE_V1))).isEqualTo(1);
            assertThat(registry.register("strikes-value", avro(STRIKE_V2_OPTIONAL_FIELD))).isEqualTo(2);
            assertThat(registry.register("reports-value", avro(REPORT))).isEqualTo(3);

            assertThat(registry.versions("strikes-value", false)).containsExactly(1, 2);
            assertThat(registry.versions("reports-value", false)).containsExactly(1);
        }

        @Test
        void shouldReturnTheSameIdWithoutANewVersionWhenTheSameSchemaIsRegisteredAgain() {
            int first = registry.register("strikes-value", avro(STRIKE_V1));
            int appendedAfterFirst = store.appended().size();

            // Same schema, different white space and attribute order.
            int again = registry.register("strikes-value", avro("""
                    {"namespace":"test", "name":"Strike", "type":"record",
                     "fields":[ {"type":"string", "name":"region"} ]}"""));

            assertThat(again).isEqualTo(first);
            assertThat(store.appended()).hasSize(appendedAfterFirst);
            assertThat(registry.versions("strikes-value", false)).containsExactly(1);
        }

        @Test
        void shouldReuseTheGlobalIdWhenAnotherSubjectRegistersTheSameSchema() {
            int id = registry.register("a-value", avro(STRIKE_V1));

            assertThat(registry.register("b-value", avro(STRIKE_V1))).isEqualTo(id);
            assertThat(registry.subjectsOfId(id, false)).containsExactly("a-value", "b-value");
        }

        @Test
        void shouldRefuseAnIncompatibleSchemaWith409AndNotWriteIt() {
            registry.register("strikes-value", avro(STRIKE_V1));
            int appended = store.appended().size();

            assertRefused(() -> registry.register("strikes-value", avro(STRIKE_V2_REQUIRED_FIELD)), 409, 409);
            assertThat(store.appended()).hasSize(appended);
        }

        @Test
        void shouldAcceptAnySchemaWhenTheSubjectLevelIsNone() {
            registry.register("strikes-value", avro(STRIKE_V1));
            registry.setSubjectCompatibility("strikes-value", CompatibilityLevel.NONE);

            assertThat(registry.register("strikes-value", avro(STRIKE_REGION_AS_INT))).isEqualTo(2);
        }

        @Test
        void shouldRefuseInvalidSchemasWith42201() {
            assertRefused(() -> registry.register("s", avro("{\"type\":\"record\"}")), 422, 42201);
            assertRefused(() -> registry.register("s", avro("not json")), 422, 42201);
            assertRefused(() -> registry.register("s", avro("")), 422, 42201);
            assertRefused(() -> registry.register("s", avro("""
                    {"type":"record","name":"R","fields":[{"name":"n","type":"int","default":"x"}]}""")), 422, 42201);
        }

        @Test
        void shouldRefuseOtherSchemaTypesAndReferencesWith42201() {
            assertRefused(() -> registry.register("s", new SchemaSubmission("syntax = \"proto3\";", "PROTOBUF", false)),
                    422, 42201);
            assertRefused(() -> registry.register("s", new SchemaSubmission(STRIKE_V1, "AVRO", true)), 422, 42201);
        }

        @Test
        void shouldContinueVersionNumbersAfterASoftDeleteAndKeepTheOldId() {
            int id = registry.register("s", avro(STRIKE_V1));
            registry.deleteSubject("s", false);

            assertThat(registry.register("s", avro(STRIKE_V1))).isEqualTo(id);
            assertThat(registry.versions("s", false)).containsExactly(2);
            assertThat(registry.versions("s", true)).containsExactly(1, 2);
        }

        @Test
        void shouldNotCheckCompatibilityAgainstSoftDeletedVersions() {
            registry.register("s", avro(STRIKE_V1));
            registry.deleteSubject("s", false);

            assertThat(registry.register("s", avro(STRIKE_REGION_AS_INT))).isEqualTo(2);
        }
    }

    @Nested
    class Lookup {

        @Test
        void shouldFindTheVersionHoldingASchema() {
            registry.register("s", avro(STRIKE_V1));
            registry.register("s", avro(STRIKE_V2_OPTIONAL_FIELD));

            SchemaVersion found = registry.lookup("s", avro(STRIKE_V1), false);

            assertThat(found.version()).isEqualTo(1);
            assertThat(found.id()).isEqualTo(1);
            assertThat(found.subject()).isEqualTo("s");
        }

        @Test
        void shouldSay40401ForAnUnknownSubjectAnd40403ForAnUnknownSchema() {
            registry.register("s", avro(STRIKE_V1));

            assertRefused(() -> registry.lookup("nope", avro(STRIKE_V1), false), 404, 40401);
            assertRefused(() -> registry.lookup("s", avro(REPORT), false), 404, 40403);
        }

        @Test
        void shouldFindSoftDeletedVersionsOnlyWhenAsked() {
            registry.register("s", avro(STRIKE_V1));
            registry.deleteSubject("s", false);

            assertRefused(() -> registry.lookup("s", avro(STRIKE_V1), false), 404, 40401);
            assertThat(registry.lookup("s", avro(STRIKE_V1), true).deleted()).isTrue();
        }

        @Test
        void shouldServeSchemasByIdEvenWhenTheirVersionsAreSoftDeleted() {
            int id = registry.register("s", avro(STRIKE_V1));
            registry.deleteSubject("s", false);

            assertThat(registry.schemaById(id)).contains("\"Strike\"");
            assertThat(registry.versionsOfId(id, false)).isEmpty();
            assertThat(registry.versionsOfId(id, true)).hasSize(1);
            assertRefused(() -> registry.schemaById(99), 404, 40403);
        }

        @Test
        void shouldResolveLatestToTheNewestLiveVersion() {
            registry.register("s", avro(STRIKE_V1));
            registry.register("s", avro(STRIKE_V2_OPTIONAL_FIELD));
            registry.deleteVersion("s", "2", false);

            assertThat(registry.version("s", "latest", true).version()).isEqualTo(1);
            assertThat(registry.version("s", "-1", false).version()).isEqualTo(1);
            assertThat(registry.version("s", "2", true).deleted()).isTrue();
            assertRefused(() -> registry.version("s", "2", false), 404, 40402);
            assertRefused(() -> registry.version("s", "3", false), 404, 40402);
            assertRefused(() -> registry.version("none", "1", false), 404, 40401);
            assertRefused(() -> registry.version("s", "0", false), 422, 42202);
        }

        @Test
        void shouldListSubjectsWithoutSoftDeletedOnesUnlessAskedAndByPrefix() {
            registry.register("articles.raw-value", avro(STRIKE_V1));
            registry.register("strike-events-value", avro(REPORT));
            registry.deleteSubject("articles.raw-value", false);

            assertThat(registry.subjects(false, null)).containsExactly("strike-events-value");
            assertThat(registry.subjects(true, null)).containsExactly("articles.raw-value", "strike-events-value");
            assertThat(registry.subjects(true, "art")).containsExactly("articles.raw-value");
        }
    }

    @Nested
    class Deletion {

        @Test
        void shouldSoftDeleteThenPermanentlyDeleteASubject() {
            registry.register("s", avro(STRIKE_V1));
            registry.register("s", avro(STRIKE_V2_OPTIONAL_FIELD));

            assertRefused(() -> registry.deleteSubject("s", true), 404, 40405);
            assertThat(registry.deleteSubject("s", false)).containsExactly(1, 2);
            assertRefused(() -> registry.deleteSubject("s", false), 404, 40404);
            assertThat(registry.deleteSubject("s", true)).containsExactly(1, 2);
            assertRefused(() -> registry.deleteSubject("s", false), 404, 40401);
            assertRefused(() -> registry.schemaById(1), 404, 40403);
        }

        @Test
        void shouldSoftDeleteThenPermanentlyDeleteAVersion() {
            registry.register("s", avro(STRIKE_V1));
            registry.register("s", avro(STRIKE_V2_OPTIONAL_FIELD));

            assertRefused(() -> registry.deleteVersion("s", "1", true), 404, 40407);
            assertThat(registry.deleteVersion("s", "1", false)).isEqualTo(1);
            assertRefused(() -> registry.deleteVersion("s", "1", false), 404, 40406);
            assertThat(registry.deleteVersion("s", "1", true)).isEqualTo(1);
            assertRefused(() -> registry.deleteVersion("s", "1", true), 404, 40402);
            assertThat(registry.versions("s", true)).containsExactly(2);
        }

        @Test
        void shouldDropTheSubjectLevelWhenTheLastLiveVersionGoes() {
            registry.register("s", avro(STRIKE_V1));
            registry.setSubjectCompatibility("s", CompatibilityLevel.FULL);

            registry.deleteVersion("s", "latest", false);

            assertRefused(() -> registry.subjectCompatibility("s", false), 404, 40408);
        }

        @Test
        void shouldKeepASchemaIdWhileAnotherSubjectStillUsesIt() {
            int id = registry.register("a", avro(STRIKE_V1));
            registry.register("b", avro(STRIKE_V1));
            registry.deleteSubject("a", false);
            registry.deleteSubject("a", true);

            assertThat(registry.schemaById(id)).contains("Strike");
            assertThat(registry.subjectsOfId(id, false)).containsExactly("b");
        }

        @Test
        void shouldNeverHandOutAPermanentlyDeletedIdAgainWhileTheLogRemembersAHigherOne() {
            registry.register("a", avro(STRIKE_V1));
            registry.register("b", avro(REPORT));
            registry.deleteSubject("a", false);
            registry.deleteSubject("a", true);

            assertThat(registry.register("c", avro(STRIKE_REGION_AS_INT))).isEqualTo(3);
        }
    }

    @Nested
    class Compatibility {

        @Test
        void shouldTestAgainstTheLatestVersion() {
            registry.register("s", avro(STRIKE_V1));

            assertThat(registry.testCompatibility("s", "latest", avro(STRIKE_V2_OPTIONAL_FIELD), false).compatible())
                    .isTrue();
            CompatibilityResult incompatible =
                    registry.testCompatibility("s", "latest", avro(STRIKE_V2_REQUIRED_FIELD), true);
            assertThat(incompatible.compatible()).isFalse();
            assertThat(incompatible.messages()).isNotEmpty();
        }

        @Test
        void shouldCallAnythingCompatibleWithTheLatestVersionOfAnEmptySubject() {
            assertThat(registry.testCompatibility("new", "latest", avro(STRIKE_V1), false).compatible()).isTrue();
            assertThat(registry.testCompatibility("new", null, avro(STRIKE_V1), false).compatible()).isTrue();
        }

        @Test
        void shouldSay40402ForAMissingVersion() {
            registry.register("s", avro(STRIKE_V1));

            assertRefused(() -> registry.testCompatibility("s", "7", avro(STRIKE_V1), false), 404, 40402);
        }

        @Test
        void shouldReportAnInvalidSchemaAsAMessageWhenVerbose() {
            CompatibilityResult result = registry.testCompatibility("s", "latest", avro("{"), true);

            assertThat(result.compatible()).isFalse();
            assertThat(result.messages()).singleElement().asString().startsWith("Invalid schema");
            assertRefused(() -> registry.testCompatibility("s", "latest", avro("{"), false), 422, 42201);
        }

        @Test
        void shouldTestAgainstAllVersionsTheLevelNamesWhenNoVersionIsGiven() {
            registry.setGlobalCompatibility(CompatibilityLevel.NONE);
            registry.register("s", avro(STRIKE_V1));
            registry.register("s", avro(STRIKE_REGION_AS_INT));
            registry.setSubjectCompatibility("s", CompatibilityLevel.BACKWARD_TRANSITIVE);

            assertThat(registry.testCompatibility("s", null, avro(STRIKE_REGION_AS_INT), false).compatible()).isFalse();
            assertThat(registry.testCompatibility("s", "latest", avro(STRIKE_REGION_AS_INT), false).compatible())
                    .isTrue();
        }
    }

    @Nested
    class Configuration {

        @Test
        void shouldDefaultToBackwardGlobally() {
            assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        }

        @Test
        void shouldSetAndResetTheGlobalLevel() {
            registry.setGlobalCompatibility(CompatibilityLevel.FULL);
            assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.FULL);

            assertThat(registry.resetGlobalCompatibility()).isEqualTo(CompatibilityLevel.FULL);
            assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        }

        @Test
        void shouldKeepSubjectLevelsApartFromTheGlobalOne() {
            registry.setSubjectCompatibility("no-schemas-yet", CompatibilityLevel.FORWARD);

            assertThat(registry.subjectCompatibility("no-schemas-yet", false)).isEqualTo(CompatibilityLevel.FORWARD);
            assertRefused(() -> registry.subjectCompatibility("other", false), 404, 40408);
            assertThat(registry.subjectCompatibility("other", true)).isEqualTo(CompatibilityLevel.BACKWARD);
        }

        @Test
        void shouldReturnThePreviousLevelWhenASubjectLevelIsDeleted() {
            registry.setSubjectCompatibility("s", CompatibilityLevel.FULL);

            assertThat(registry.deleteSubjectCompatibility("s")).isEqualTo(CompatibilityLevel.FULL);
            assertRefused(() -> registry.deleteSubjectCompatibility("s"), 404, 40401);
        }
    }
}
