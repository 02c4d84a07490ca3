package io.strikeline.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads {@link NotifyConfig} from flat properties (a file, the environment, the command line, already layered):
 *
 * <pre>
 * notify.sinks=stdout,webhook                   # which sinks besides the topic; default stdout
 * notify.webhook.url=https://hooks.example/x    # required when webhook is a sink
 * notify.webhook.header.Authorization=Bearer t  # any number of extra headers
 * notify.webhook.connect-timeout-ms=5000
 * notify.webhook.request-timeout-ms=10000
 * notify.webhook.retry.max-attempts=5
 * notify.webhook.retry.initial-delay-ms=500
 * notify.webhook.retry.max-delay-ms=30000
 * notify.webhook.retry.jitter=0.2
 * notify.group-id=strikeline-notify
 * notify.start-from=earliest                    # or latest
 * </pre>
 *
 * Keys outside {@code notify.} are ignored; an unknown key inside it is an error, since a typo would otherwise
 * silently leave a default in place.
 */
public final class NotifyConfigReader {

    public static final String PREFIX = "notify.";
    public static final String SINKS = "notify.sinks";
    public static final String WEBHOOK_URL = "notify.webhook.url";
    public static final String WEBHOOK_HEADER_PREFIX = "notify.webhook.header.";
    public static final String CONNECT_TIMEOUT_MS = "notify.webhook.connect-timeout-ms";
    public static final String REQUEST_TIMEOUT_MS = "notify.webhook.request-timeout-ms";
    public static final String MAX_ATTEMPTS = "notify.webhook.retry.max-attempts";
    public static final String INITIAL_DELAY_MS = "notify.webhook.retry.initial-delay-ms";
    public static final String MAX_DELAY_MS = "notify.webhook.retry.max-delay-ms";
    public static final String JITTER = "notify.webhook.retry.jitter";
    public static final String GROUP_ID = "notify.group-id";
    public static final String START_FROM = "notify.start-from";

    private static final Set<String> KEYS = Set.of(SINKS, WEBHOOK_URL, CONNECT_TIMEOUT_MS, REQUEST_TIMEOUT_MS,
            MAX_ATTEMPTS, INITIAL_DELAY_MS, MAX_DELAY_MS, JITTER, GROUP_ID, START_FROM);
    private static final Set<String> SINK_NAMES = Set.of(StdoutSink.NAME, WebhookSink.NAME);

    private final Map<String, String> properties;

    private NotifyConfigReader(Map<String, String> properties) {
        this.properties = properties;
    }

    public static NotifyConfig read(Map<String, String> properties) {
        return new NotifyConfigReader(properties).read();
    }

    private NotifyConfig read() {
        for (String key : properties.keySet()) {
            if (key.startsWith(PREFIX) && !KEYS.contains(key) && !key.startsWith(WEBHOOK_HEADER_PREFIX)) {
                throw new NotifyConfigException(key, "unknown setting (known: " + new TreeSet<>(KEYS) + " and "
                        + WEBHOOK_HEADER_PREFIX + "<Name>)");
            }
        }
        Set<String> sinks = sinks();
        NotifyConfig defaults = NotifyConfig.defaults();
        Optional<WebhookConfig> webhook = sinks.contains(WebhookSink.NAME) ? Optional.of(webhook()) : Optional.empty();
        String groupId = text(GROUP_ID).orElse(defaults.groupId());
        return new NotifyConfig(sinks.contains(StdoutSink.NAME), webhook, groupId, fromStart());
    }

    private Set<String> sinks() {
        String value = text(SINKS).orElse(StdoutSink.NAME);
        Set<String> sinks = Arrays.stream(value.split(","))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        for (String sink : sinks) {
            if (!SINK_NAMES.contains(sink)) {
                throw new NotifyConfigException(SINKS, "unknown sink '" + sink + "' (known: "
                        + new TreeSet<>(SINK_NAMES) + "; the alerts topic is always written)");
            }
        }
        if (sinks.isEmpty()) {
            // With no sink every alert would be counted delivered and committed: lost without a word.
            throw new NotifyConfigException(SINKS, "names no sink; give at least one of " + new TreeSet<>(SINK_NAMES));
        }
        return sinks;
    }

    private WebhookConfig webhook() {
        String url = text(WEBHOOK_URL).orElseThrow(() -> new NotifyConfigException(WEBHOOK_URL,
                "required when " + SINKS + " includes " + WebhookSink.NAME));
        URI uri;
        try {
            uri = new URI(url);
            WebhookConfig.checkUrl(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new NotifyConfigException(WEBHOOK_URL, "not an absolute http or https URL: " + e.getMessage());
        }
        WebhookConfig defaults = WebhookConfig.to(URI.create("http://localhost"));
        Duration initialDelay = millis(INITIAL_DELAY_MS, defaults.retry().initialDelay());
        Duration maxDelay = millis(MAX_DELAY_MS, defaults.retry().maxDelay());
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new NotifyConfigException(MAX_DELAY_MS, "must not be less than " + INITIAL_DELAY_MS + " ("
                    + maxDelay.toMillis() + " < " + initialDelay.toMillis() + ")");
        }
        RetryPolicy retry = new RetryPolicy(positiveInt(MAX_ATTEMPTS, defaults.retry().maxAttempts()),
                initialDelay, maxDelay, fraction(JITTER, defaults.retry().jitter()));
        Map<String, String> headers = headers();
        Duration connect = millis(CONNECT_TIMEOUT_MS, defaults.connectTimeout());
        Duration request = millis(REQUEST_TIMEOUT_MS, defaults.requestTimeout());
        return new WebhookConfig(uri, headers, connect, request, retry);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(WEBHOOK_HEADER_PREFIX)) {
                String name = key.substring(WEBHOOK_HEADER_PREFIX.length());
                try {
                    WebhookConfig.checkHeaderName(name);
                } catch (IllegalArgumentException e) {
                    throw new NotifyConfigException(key, e.getMessage());
                }
                headers.put(name, value.strip());
            }
        });
        return headers;
    }

    private boolean fromStart() {
        String value = text(START_FROM).orElse("earliest").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "earliest" -> true;
            case "latest" -> false;
            default -> throw new NotifyConfigException(START_FROM, "must be earliest or latest, was '" + value + "'");
        };
    }

    private Optional<String> text(String key) {
        return Optional.ofNullable(properties.get(key)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private int positiveInt(String key, int fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new NotifyConfigException(key, "must be a whole number of at least 1, was '" + value.get() + "'");
    }

    private Duration millis(String key, Duration fallback) {
        return text(key).isEmpty() ? fallback : Duration.ofMillis(positiveInt(key, 0));
    }

    private double fraction(String key, double fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value.get());
            if (parsed >= 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new NotifyConfigException(key, "must be a fraction between 0 and 1, was '" + value.get() + "'");
    }
}
