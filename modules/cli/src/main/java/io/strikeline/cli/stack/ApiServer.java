package io.strikeline.cli.stack;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.function.Consumer;

/**
 * strikeline's HTTP API (push ingest, queries, health and metrics), one Javalin server with the routes each
 * part installs.
 */
public final class ApiServer implements AutoCloseable {

    /** Articles are at most 1 MB each; a pushed batch may hold several. */
    private static final long MAX_REQUEST_BYTES = 32L * 1024 * 1024;

    private final Javalin http;
    private final String url;

    private ApiServer(Javalin http, String url) {
        this.http = http;
        this.url = url;
    }

    public static ApiServer start(String host, int port, List<Consumer<JavalinConfig>> routes) {
        Javalin http = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.router.ignoreTrailingSlashes = true;
            routes.forEach(install -> install.accept(config));
        }).start();
        return new ApiServer(http, "http://" + host + ":" + http.port());
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        http.stop();
    }
}
