package io.strikeline.cli;

import io.strikeline.alerts.rules.AlertRules;
import io.strikeline.cli.stack.EmbeddedPipeline;
import io.strikeline.cli.stack.LocalStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the embedded stack and the pipeline until interrupted (SIGINT/SIGTERM), then shuts down cleanly. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Start a Kafka broker, the schema registry, the pipeline's stream stages (enrich, aggregate, alerts)"
                + " and the HTTP API in this process, and keep them running.",
            "Prints one line 'bootstrap=HOST:PORT registry=URL api=URL', then runs until interrupted."})
final class UpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep broker data (topics, offsets, schemas) and stream state here across restarts."
                    + " Default: a temporary directory deleted on exit.")
    Path dataDir;

    @Option(names = "--host", defaultValue = "localhost", paramLabel = "HOST",
            description = "Host name to listen on and advertise. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--kafka-port", defaultValue = "9092", paramLabel = "PORT",
            description = "Kafka client port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int kafkaPort;

    @Option(names = "--registry-port", defaultValue = "8081", paramLabel = "PORT",
            description = "Schema registry HTTP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int registryPort;

    @Option(names = "--api-port", defaultValue = "8080", paramLabel = "PORT",
            description = "HTTP API port (POST /v1/articles, /v1/strike-reports; GET /tallies, /tallies/{date}, /events,"
                    + " /regions, /health, /ready, /metrics); 0 picks a free one."
                    + " Default: ${DEFAULT-VALUE}.")
    int apiPort;

    @Mixin
    AlertRulesOption alertRules;

    @Override
    public Integer call() throws InterruptedException {
        AlertRules rules = alertRules.load();
        EmbeddedPipeline running = EmbeddedPipeline.start(new LocalStack.Options(Optional.ofNullable(dataDir), host,
                kafkaPort, registryPort), apiPort, rules);
        awaitShutdown(spec, running);
        return 0;
    }

    /** Prints the status line and blocks until SIGINT/SIGTERM has stopped everything. */
    static void awaitShutdown(CommandSpec spec, EmbeddedPipeline running) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("strikeline: shutting down");
            try {
                running.close();
                System.err.println("strikeline: stopped");
            } finally {
                stopped.countDown();
            }
        }, "strikeline-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(running.statusLine());
        out.flush();
        stopped.await();
    }
}
