package io.strikeline.notify;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the delivery stage delivers to and how. Built from properties by {@link NotifyConfigReader}, which names
 * the offending key in every error.
 *
 * @param stdout    print a line per alert on stdout
 * @param webhook   POST each alert to a URL; empty when that sink is off
 * @param groupId   the consumer group: instances sharing it share the alerts; its committed offsets are what
 *                  has been delivered
 * @param fromStart where a new group starts: at the oldest alert still in the topic (nothing raised before the
 *                  first start is missed) or only at alerts raised from now on
 */
public record NotifyConfig(boolean stdout, Optional<WebhookConfig> webhook, String groupId, boolean fromStart) {

    /** The consumer group of the delivery stage; a stable constant, since its offsets are the delivery record. */
    public static final String GROUP_ID = "strikeline-notify";

    public NotifyConfig {
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(groupId, "groupId");
        if (groupId.isBlank()) {
            throw new IllegalArgumentException("groupId must not be blank");
        }
    }

    /** Defaults: stdout only, group {@value #GROUP_ID}, from the oldest alert. */
    public static NotifyConfig defaults() {
        return new NotifyConfig(true, Optional.empty(), GROUP_ID, true);
    }

    public static NotifyConfig fromProperties(Map<String, String> properties) {
        return NotifyConfigReader.read(properties);
    }

    public NotifyConfig withWebhook(WebhookConfig config) {
        return new NotifyConfig(stdout, Optional.of(config), groupId, fromStart);
    }

    public NotifyConfig withStdout(boolean enabled) {
        return new NotifyConfig(enabled, webhook, groupId, fromStart);
    }

    public NotifyConfig withGroupId(String id) {
        return new NotifyConfig(stdout, webhook, id, fromStart);
    }
}
