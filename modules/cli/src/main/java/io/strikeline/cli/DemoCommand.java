package io.strikeline.cli;

import io.strikeline.cli.demo.AvroRoundTrip;
import io.strikeline.cli.demo.SampleEvents;
import io.strikeline.cli.stack.LocalStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the embedded stack on free ports, runs the main job on it, prints what it did, and stops. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run strikeline end to end on the embedded default (a real in-process Kafka broker and"
                + " schema registry) and print what it did.")
final class DemoCommand implements Callable<Integer> {

    static final String DEMO_TOPIC = "demo.strike-events";

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's data here. Default: a temporary directory deleted on exit.")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long begin = System.nanoTime();
        out.println("strikeline demo: starting the embedded stack");
        out.flush();
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(Optional.ofNullable(dataDir), "localhost", 0, 0))) {
            out.printf("  broker    %s  real Kafka (KRaft broker+controller) in this process, ready in %.1f s%n",
                    stack.bootstrapServers(), stack.kafka().startupTime().toMillis() / 1000.0);
            out.printf("            data in %s%s%n", stack.kafka().dataDir(),
                    stack.kafka().isDataDirTemporary() ? " (temporary)" : "");
            out.printf("  registry  %s  Confluent Schema Registry API, schemas kept in topic _schemas%n",
                    stack.registryUrl());
            out.flush();

            AvroRoundTrip.Result result = AvroRoundTrip.run(stack.bootstrapServers(), stack.registryUrl(), DEMO_TOPIC,
                    SampleEvents.sumyDroneStrike(Instant.now()));

            out.printf("  topic     %s (1 partition, compacted)%n", result.topic());
            out.printf("  schema    io.strikeline.avro.StrikeEvent registered under subject %s: id %d%n",
                    result.subject(), result.schemaId());
            out.printf("  produce   key %s -> partition %d offset %d, %d bytes%n", result.sent().getEventId(),
                    result.partition(), result.offset(), result.recordBytes());
            out.printf("            wire format: magic byte 0x00, schema id %d, %d bytes of Avro binary%n",
                    result.schemaId(), result.recordBytes() - 5);
            out.printf("  consume   decoded with the schema fetched by id: %s%n",
                    result.matches() ? "identical to the event sent" : "DIFFERENT from the event sent");
            out.printf("  event     %s %s %s %s outage_customers=%d (%s, confidence %.2f)%n",
                    result.received().getRegionIso(), result.received().getRegionName(),
                    result.received().getEventDate(), result.received().getWeaponClass(),
                    result.received().getOutageCustomers(), result.received().getDateBasis(),
                    result.received().getConfidence());
            out.flush();
            if (!result.matches()) {
                return 1;
            }
        }
        out.printf("strikeline demo: done in %.1f s%n", Duration.ofNanos(System.nanoTime() - begin).toMillis() / 1000.0);
        return 0;
    }
}
