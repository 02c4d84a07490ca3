package io.strikeline.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strikeline.extract.ExtractedEvent;
import java.util.List;
import java.util.Locale;

/**
 * Events as JSON in the gold file's shape (conventions §9), so that the extractor's output and the gold file
 * can be read, compared and diffed alike; the fields gold does not have follow the gold ones.
 */
public final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    /** The gold fields, then weapon_model, outage_customers, confidence and the evidence with its offsets. */
    public static ObjectNode toJson(ExtractedEvent event) {
        ObjectNode node = goldShape(EventRecord.of(event));
        node.put("weapon_model", event.weaponModel());
        node.put("outage_customers", event.outageCustomers());
        node.put("confidence", event.confidence());
        node.put("evidence", event.evidence().sentence());
        node.put("evidence_start", event.evidence().start());
        node.put("evidence_end", event.evidence().end());
        return node;
    }

    /** One output line, {@code {"id": ..., "events": [...]}}, without a line break. */
    public static String line(String id, List<ExtractedEvent> events) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", id);
        ArrayNode array = line.putArray("events");
        events.forEach(event -> array.add(toJson(event)));
        return line.toString();
    }

    private static ObjectNode goldShape(EventRecord event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("region_iso", event.regionIso());
        node.put("region", event.region());
        node.put("date", event.date().toString());
        node.put("weapon", event.weapon().name());
        node.put("launched", event.launched());
        node.put("intercepted", event.intercepted());
        node.put("killed", event.killed());
        node.put("injured", event.injured());
        node.put("settlement", event.settlement());
        node.put("date_basis", event.dateBasis() == null ? null : event.dateBasis().name().toLowerCase(Locale.ROOT));
        return node;
    }
}
