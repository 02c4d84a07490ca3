package io.strikeline.notify;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/** The settings of the alerts consumer, each one part of the at-least-once contract. */
final class NotifyConsumers {

    /** Slack for polling, committing and dead-lettering on top of the sinks' own worst case. */
    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final Duration KAFKA_DEFAULT_MAX_POLL_INTERVAL = Duration.ofMinutes(5);

    private NotifyConsumers() {
    }

    static Map<String, Object> settings(String bootstrapServers, Map<String, Object> clientOverrides,
                                        NotifyConfig config) {
        Map<String, Object> props = new HashMap<>(clientOverrides);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, config.groupId());
        // Offsets are committed by hand once an alert is settled (delivered or dead-lettered): at least once.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Never announce an alert the alerts stage has not committed (it writes with exactly-once).
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, config.fromStart() ? "earliest" : "latest");
        // One alert per poll costs nothing (fetches stay batched in the consumer's buffer) and lets the poll
        // interval bound one alert's worst case, so a slow webhook never gets the instance thrown out of the group.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) maxPollInterval(config).toMillis());
        return props;
    }

    static Duration maxPollInterval(NotifyConfig config) {
        Duration needed = config.webhook().map(WebhookConfig::worstCaseDelivery).orElse(Duration.ZERO).plus(MARGIN);
        return needed.compareTo(KAFKA_DEFAULT_MAX_POLL_INTERVAL) > 0 ? needed : KAFKA_DEFAULT_MAX_POLL_INTERVAL;
    }
}
