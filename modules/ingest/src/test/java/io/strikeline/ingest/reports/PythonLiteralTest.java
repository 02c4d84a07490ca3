package io.strikeline.ingest.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonLiteralTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldReadDictsWithNaNValuesInOrder() {
        Map<Object, Object> dict = (Map<Object, Object>) PythonLiteral.parse("{'south': 30, 'east': 85, 'north': NaN}");

        assertThat(dict.keySet()).containsExactly("south", "east", "north");
        assertThat(dict.get("south")).isEqualTo(30L);
        assertThat((Double) dict.get("north")).isNaN();
    }

    @Test
    void shouldReadListsOfStrings() {
        assertThat(PythonLiteral.parse("['Kyiv oblast', \"Sumy oblast\", ]")).isEqualTo(List.of("Kyiv oblast", "Sumy oblast"));
        assertThat(PythonLiteral.parse("[]")).isEqualTo(List.of());
    }

    @Test
    void shouldReadMultiLineDictsWithFloatsAndStrings() {
        Object parsed = PythonLiteral.parse("{\n    'belarus': 1.0,\n    'russia': 3.0,\n 'note': 'it\\'s'\n}");

        assertThat(parsed).isEqualTo(Map.of("belarus", 1.0, "russia", 3.0, "note", "it's"));
    }

    @Test
    void shouldReadPythonAndJsonWords() {
        assertThat(PythonLiteral.parse("[None, True, False, null, true, false, -2, 1e3]"))
                .isEqualTo(java.util.Arrays.asList(null, true, false, null, true, false, -2L, 1000.0));
    }

    @Test
    void shouldRefuseMalformedLiteralsSayingWhere() {
        assertThatThrownBy(() -> PythonLiteral.parse("{'north': 10, 'east': }"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position");
        assertThatThrownBy(() -> PythonLiteral.parse("['open"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> PythonLiteral.parse("[1] extra"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the literal");
        assertThatThrownBy(() -> PythonLiteral.parse("{'a': inf}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown word 'inf'");
    }
}
