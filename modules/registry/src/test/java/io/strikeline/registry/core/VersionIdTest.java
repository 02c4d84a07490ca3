package io.strikeline.registry.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"latest", "LATEST", " latest ", "-1"})
    void shouldReadLatestInItsSpellings(String text) {
        assertThat(VersionId.parse(text).isLatest()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "42", "2147483647"})
    void shouldReadPositiveNumbers(String text) {
        assertThat(VersionId.parse(text).number()).isEqualTo(Integer.parseInt(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "one", "", "2147483648"})
    void shouldRefuseAnythingElseWith42202(String text) {
        assertThatThrownBy(() -> VersionId.parse(text))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42202));
    }
}
