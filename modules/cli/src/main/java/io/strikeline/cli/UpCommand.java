package io.strikeline.cli;

import io.strikeline.cli.stack.LocalStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the embedded stack until interrupted (SIGINT/SIGTERM), then shuts it down cleanly. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Start a Kafka broker and the schema registry in this process and keep them running.",
            "Prints one line 'bootstrap=HOST:PORT registry=URL', then runs until interrupted."})
final class UpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep broker data (topics, offsets, schemas) here across restarts. Default: a temporary"
                    + " directory deleted on exit.")
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

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        LocalStack stack = LocalStack.start(new LocalStack.Options(Optional.ofNullable(dataDir), host, kafkaPort,
                registryPort));
        Thread shutdown = new Thread(() -> {
            System.err.println("strikeline: shutting down");
            try {
                stack.close();
                System.err.println("strikeline: stopped");
            } finally {
                stopped.countDown();
            }
        }, "strikeline-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        PrintWriter out = spec.commandLine().getOut();
        out.println(stack.statusLine());
        out.flush();
        stopped.await();
        return 0;
    }
}
