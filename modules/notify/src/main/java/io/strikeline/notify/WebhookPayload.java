package io.strikeline.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.strikeline.avro.Alert;
import io.strikeline.avro.RegionDayTally;

/**
 * The JSON body POSTed to the webhook: the alert's fields, snake_case like the Avro schema, dates and instants
 * as ISO-8601 strings, and the tally's main figures. {@code payload_version} changes only when a field is
 * removed or changes meaning; receivers should ignore fields they do not know.
 */
public record WebhookPayload(int payloadVersion, String alertId, String rule, String regionIso, String regionName,
                             String date, String severity, String message, Figures tally, String raisedAt) {

    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    /** The tally that triggered the alert, as it was then (events by weapon class are left out). */
    public record Figures(int events, long launched, long intercepted, long killed, long injured,
                          int distinctSources, String lastUpdated) {
    }

    public static WebhookPayload of(Alert alert) {
        RegionDayTally tally = alert.getTally();
        return new WebhookPayload(VERSION, alert.getAlertId(), alert.getRule(), alert.getRegionIso(),
                tally.getRegionName(), alert.getDate().toString(), alert.getSeverity().name(), alert.getMessage(),
                new Figures(tally.getEvents(), tally.getLaunched(), tally.getIntercepted(), tally.getKilled(),
                        tally.getInjured(), tally.getDistinctSources(), tally.getLastUpdated().toString()),
                alert.getRaisedAt().toString());
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            // Only strings and numbers: Jackson cannot fail on them short of a bug.
            throw new IllegalStateException("Cannot write the webhook payload of " + alertId, e);
        }
    }
}
