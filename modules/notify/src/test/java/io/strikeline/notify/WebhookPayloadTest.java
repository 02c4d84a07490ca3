package io.strikeline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strikeline.avro.AlertSeverity;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

    @Test
    void shouldWriteTheDocumentedShape() throws Exception {
        byte[] json = WebhookPayload.of(SampleAlerts.alert("launched-over-100", "UA-30", AlertSeverity.WARNING)).toJson();

        JsonNode payload = new ObjectMapper().readTree(json);
        assertThat(payload.fieldNames()).toIterable().containsExactly("payload_version", "alert_id", "rule",
                "region_iso", "region_name", "date", "severity", "message", "tally", "raised_at");
        assertThat(payload.get("payload_version").asInt()).isEqualTo(1);
        assertThat(payload.get("alert_id").asText()).isEqualTo("launched-over-100|UA-30|2025-07-24");
        assertThat(payload.get("date").asText()).isEqualTo("2025-07-24");
        assertThat(payload.get("severity").asText()).isEqualTo("WARNING");
        assertThat(payload.get("raised_at").asText()).isEqualTo("2025-07-24T05:41:00Z");
        JsonNode tally = payload.get("tally");
        assertThat(List.of(tally.get("events").asInt(), tally.get("launched").asInt(), tally.get("intercepted").asInt(),
                tally.get("killed").asInt(), tally.get("injured").asInt(), tally.get("distinct_sources").asInt()))
                .containsExactly(3, 120, 101, 2, 7, 4);
        assertThat(tally.get("last_updated").asText()).isEqualTo("2025-07-24T05:40:00Z");
    }
}
