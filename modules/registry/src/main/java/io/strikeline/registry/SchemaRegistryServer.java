package io.strikeline.registry;

import io.javalin.Javalin;
import io.strikeline.registry.core.SchemaRegistryService;
import io.strikeline.registry.http.RegistryHttpApi;
import io.strikeline.registry.storage.KafkaSchemaLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running schema registry: the Kafka-backed log plus the HTTP API. Several instances over the same
 * topic serve the same schemas and ids; a restarted instance reloads them from the topic.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);

    private final KafkaSchemaLog log;
    private final Javalin http;
    private final String url;

    private SchemaRegistryServer(KafkaSchemaLog log, Javalin http, String url) {
        this.log = log;
        this.http = http;
        this.url = url;
    }

    /** Loads the log, then starts serving; returns when both are ready. */
    public static SchemaRegistryServer start(RegistryConfig config) {
        KafkaSchemaLog log = KafkaSchemaLog.open(config.storage(), config.defaultLevel());
        try {
            RegistryHttpApi api = new RegistryHttpApi(new SchemaRegistryService(log));
            Javalin http = Javalin.create(javalin -> {
                javalin.startup.showJavalinBanner = false;
                javalin.startup.showOldJavalinVersionWarning = false;
                javalin.jetty.host = config.host();
                javalin.jetty.port = config.port();
                javalin.http.maxRequestSize = config.maxRequestBytes();
                javalin.router.ignoreTrailingSlashes = true;
                api.install(javalin);
            }).start();
            String url = "http://" + config.host() + ":" + http.port();
            LOG.info("Schema registry serving {} from topic {}", url, config.storage().topic());
            return new SchemaRegistryServer(log, http, url);
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
    }

    /** Base URL for {@code schema.registry.url}, e.g. {@code http://localhost:8081}. */
    public String url() {
        return url;
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        try {
            http.stop();
        } finally {
            log.close();
        }
    }
}
