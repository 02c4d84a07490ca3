package io.strikeline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strikeline.avro.DateBasis;
import io.strikeline.avro.WeaponClass;
import io.strikeline.extract.Evidence;
import io.strikeline.extract.ExtractedEvent;
import io.strikeline.geo.Region;
import io.strikeline.geo.Regions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static final String SENTENCE = "On Thursday four missiles struck Mykolaiv and Ochakiv.";

    static ExtractedEvent mykolaivMissiles() {
        return new ExtractedEvent(new Region("UA-48", "Mykolaiv"), LocalDate.of(2024, 5, 2), DateBasis.WEEKDAY,
                WeaponClass.MISSILE, "Iskander-M", 4, 2, 1, 6, 12_000L, List.of("Mykolaiv", "Ochakiv"),
                new Evidence(SENTENCE, 40, 40 + SENTENCE.length()), 0.75);
    }

    @Test
    void shouldWriteTheGoldFieldsFirstThenTheExtractorsOwn() {
        ObjectNode json = EventJson.toJson(mykolaivMissiles());

        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("region_iso", "region", "date", "weapon", "launched", "intercepted",
                "killed", "injured", "settlement", "date_basis", "weapon_model", "outage_customers", "confidence",
                "evidence", "evidence_start", "evidence_end");
        assertThat(json.toString()).isEqualTo("{\"region_iso\":\"UA-48\",\"region\":\"Mykolaiv\","
                + "\"date\":\"2024-05-02\",\"weapon\":\"MISSILE\",\"launched\":4,\"intercepted\":2,\"killed\":1,"
                + "\"injured\":6,\"settlement\":\"Mykolaiv; Ochakiv\",\"date_basis\":\"weekday\","
                + "\"weapon_model\":\"Iskander-M\",\"outage_customers\":12000,\"confidence\":0.75,"
                + "\"evidence\":\"" + SENTENCE + "\",\"evidence_start\":40,\"evidence_end\":94}");
    }

    @Test
    void shouldWriteNullForCountsTheTextDoesNotGiveAndForNoSettlement() {
        ExtractedEvent national = new ExtractedEvent(Regions.NATIONAL, LocalDate.of(2025, 7, 23),
                DateBasis.OVERNIGHT_END, WeaponClass.DRONE, null, 71, null, null, null, null, List.of(),
                new Evidence("Overnight Russia launched 71 drones.", 0, 36), 0.9);

        JsonNode json = EventJson.toJson(national);

        assertThat(json.get("region_iso").asText()).isEqualTo("UA");
        assertThat(json.get("region").asText()).isEqualTo("Ukraine (national total)");
        assertThat(json.get("date_basis").asText()).isEqualTo("overnight_end");
        assertThat(json.get("launched").asInt()).isEqualTo(71);
        assertThat(List.of("intercepted", "killed", "injured", "settlement", "weapon_model", "outage_customers"))
                .allSatisfy(field -> assertThat(json.get(field).isNull()).as(field).isTrue());
    }

    @Test
    void shouldWriteAnOutputLineWithTheArticleIdAndItsEvents() throws Exception {
        assertThat(EventJson.line("a-1", List.of())).isEqualTo("{\"id\":\"a-1\",\"events\":[]}");

        JsonNode line = new ObjectMapper().readTree(EventJson.line("a-2", List.of(mykolaivMissiles())));
        assertThat(line.get("id").asText()).isEqualTo("a-2");
        assertThat(line.get("events")).hasSize(1);
        assertThat(line.get("events").get(0).get("region_iso").asText()).isEqualTo("UA-48");
    }
}
