package io.strikeline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventLinesTest {

    private static final String GOOD = "{\"id\": \"g1\", \"events\": []}";

    private static Map<String, List<EventRecord>> read(String text) throws IOException {
        return EventLines.read(new BufferedReader(new StringReader(text)), "gold.jsonl");
    }

    @Test
    void shouldReadGoldLinesIntoEventsPerArticleInFileOrder() throws IOException {
        Map<String, List<EventRecord>> gold = read("""
                {"id": "g2", "events": [{"region_iso": "UA-48", "region": "Mykolaiv", "date": "2024-05-02", \
                "weapon": "MISSILE", "launched": 4, "intercepted": 2, "killed": 1, "injured": null, \
                "settlement": "Mykolaiv; Ochakiv", "date_basis": "weekday"}], "notes": "invented"}

                {"id": "g1", "events": [], "notes": "a negative article"}
                """);

        assertThat(gold.keySet()).containsExactly("g2", "g1");
        assertThat(gold.get("g1")).isEmpty();
        assertThat(gold.get("g2")).containsExactly(new EventRecord("UA-48", "Mykolaiv", LocalDate.of(2024, 5, 2),
                WeaponClass.MISSILE, 4, 2, 1, null, "Mykolaiv; Ochakiv", DateBasis.WEEKDAY, null));
        assertThat(gold.get("g2").get(0).settlements()).containsExactly("Mykolaiv", "Ochakiv");
    }

    @Test
    void shouldReadBackWhatEventJsonWritesWithTheEvidence() throws IOException {
        Map<String, List<EventRecord>> predicted = read(EventJson.line("p1", List.of(EventJsonTest.mykolaivMissiles())));

        assertThat(predicted.get("p1")).containsExactly(EventRecord.of(EventJsonTest.mykolaivMissiles()));
        assertThat(predicted.get("p1").get(0).evidence()).startsWith("On Thursday four missiles");
    }

    @Test
    void shouldRefuseAFileAtItsFirstBadLineNamingTheLine() {
        assertThatThrownBy(() -> read(GOOD + "\n{\"id\": \"g2\", \"events\": [\n"))
                .isInstanceOf(MalformedLineException.class)
                .hasMessageStartingWith("gold.jsonl line 2: not valid JSON")
                .extracting(error -> ((MalformedLineException) error).line()).isEqualTo(2L);
    }

    @Test
    void shouldSayWhichEventAndFieldIsWrong() {
        String event = "{\"region_iso\": \"UA-59\", \"date\": \"2025-07-23\", \"weapon\": \"DRONE\"";

        assertThatThrownBy(() -> read(GOOD + "\n\n{\"id\": \"g2\", \"events\": [" + event + "}, {\"weapon\": \"DRONE\"}]}"))
                .hasMessage("gold.jsonl line 3: events[1]: region_iso is missing; it is required");
        assertThatThrownBy(() -> read("{\"id\": \"g2\", \"events\": [" + event.replace("DRONE", "LASER") + "}]}"))
                .hasMessageStartingWith("gold.jsonl line 1: events[0]: weapon 'LASER' is not one of [DRONE,");
        assertThatThrownBy(() -> read("{\"id\": \"g2\", \"events\": [" + event + ", \"killed\": \"two\"}]}"))
                .hasMessage("gold.jsonl line 1: events[0]: killed \"two\" is not a whole number of zero or more");
        assertThatThrownBy(() -> read("{\"id\": \"g2\", \"events\": [" + event.replace("07-23", "07-32") + "}]}"))
                .hasMessage("gold.jsonl line 1: events[0]: date '2025-07-32' is not a date (YYYY-MM-DD)");
    }

    @Test
    void shouldRefuseALineWithoutEventsOrWithAnIdSeenBefore() {
        assertThatThrownBy(() -> read("{\"id\": \"g1\"}"))
                .hasMessage("gold.jsonl line 1: events is missing or not an array");
        assertThatThrownBy(() -> read(GOOD + "\n" + GOOD))
                .hasMessage("gold.jsonl line 2: id 'g1' appears again (first on line 1)");
    }
}
