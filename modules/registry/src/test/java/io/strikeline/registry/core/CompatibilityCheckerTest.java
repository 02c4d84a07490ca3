package io.strikeline.registry.core;

import static io.strikeline.registry.core.TestSchemas.STRIKE_REGION_AS_INT;
import static io.strikeline.registry.core.TestSchemas.STRIKE_V1;
import static io.strikeline.registry.core.TestSchemas.STRIKE_V2_OPTIONAL_FIELD;
import static io.strikeline.registry.core.TestSchemas.STRIKE_V2_REQUIRED_FIELD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompatibilityCheckerTest {

    private static Schema parse(String text) {
        return new Schema.Parser().parse(text);
    }

    @ParameterizedTest
    @EnumSource(CompatibilityLevel.class)
    void shouldAcceptAnOptionalFieldWithADefaultUnderEveryLevel(CompatibilityLevel level) {
        assertThat(CompatibilityChecker.incompatibilities(level, parse(STRIKE_V2_OPTIONAL_FIELD),
                List.of(parse(STRIKE_V1)))).isEmpty();
    }

    @Test
    void shouldRejectARequiredNewFieldUnderBackwardButAcceptItUnderForward() {
        Schema candidate = parse(STRIKE_V2_REQUIRED_FIELD);
        List<Schema> earlier = List.of(parse(STRIKE_V1));

        assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.BACKWARD, candidate, earlier))
                .singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT").contains("weapon");
        assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.FORWARD, candidate, earlier)).isEmpty();
        assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.FULL, candidate, earlier)).isNotEmpty();
    }

    @Test
    void shouldRejectRemovingARequiredFieldUnderForwardButAcceptItUnderBackward() {
        Schema candidate = parse(STRIKE_V1);
        List<Schema> earlier = List.of(parse(STRIKE_V2_REQUIRED_FIELD));

        assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.BACKWARD, candidate, earlier)).isEmpty();
        assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.FORWARD, candidate, earlier)).isNotEmpty();
    }

    @Test
    void shouldCheckOnlyTheLatestVersionUnlessTransitive() {
        // v1 has no 'weapon'; v2 has it with a default; the candidate needs it without a default. The
        // candidate can read v2 data (field present) but not v1 data (field missing).
        Schema v2WithDefault = parse("""
                {"type":"record","name":"Strike","namespace":"test","fields":[
                  {"name":"region","type":"string"},
                  {"name":"weapon","type":"string","default":"UNKNOWN"}]}""");
        Schema candidate = parse(STRIKE_V2_REQUIRED_FIELD);
        List<Schema> earlier = List.of(parse(STRIKE_V1), v2WithDefault);

        assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.BACKWARD, candidate, earlier)).isEmpty();
        assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.BACKWARD_TRANSITIVE, candidate, earlier))
                .isNotEmpty();
        assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.FULL_TRANSITIVE, candidate, earlier))
                .isNotEmpty();
    }

    @Test
    void shouldAcceptAnythingUnderNone() {
        assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.NONE, parse(STRIKE_REGION_AS_INT),
                List.of(parse(STRIKE_V1)))).isEmpty();
    }

    @Test
    void shouldAcceptTheFirstVersionOfASubject() {
        assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.FULL_TRANSITIVE, parse(STRIKE_V1),
                List.of())).isEmpty();
    }

    @Test
    void shouldParseLevelsCaseInsensitivelyAndRefuseUnknownOnesWith42203() {
        assertThat(CompatibilityLevel.parse("full_transitive")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompatibilityLevel.parse("SIDEWAYS"))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(42203);
                    assertThat(e.httpStatus()).isEqualTo(422);
                });
    }
}
