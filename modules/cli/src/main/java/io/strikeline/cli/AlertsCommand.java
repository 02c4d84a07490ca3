package io.strikeline.cli;

import io.strikeline.avro.Alert;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicSnapshot;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strikeline alerts}: the alerts raised over the tallies, read from the alerts topic. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Print the alerts: the current severity of every alert (the latest value of every key of the"
                + " alerts topic), by day and region.",
            "With --from-beginning, every alert record committed, in the order raised: an alert whose severity rose"
                    + " appears once per severity."})
final class AlertsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--from-beginning", description = "Every alert record from the beginning of the topic, not only"
            + " the latest of each alert.")
    boolean fromBeginning;

    @Override
    public Integer call() {
        Collection<Alert> alerts;
        try (AvroSerdes serdes = AvroSerdes.forRegistry(cluster.schemaRegistryUrl)) {
            StrikelineTopics topics = new StrikelineTopics(serdes);
            try {
                alerts = fromBeginning ? everyRecord(topics) : TopicSnapshot.read(cluster.bootstrapServers, Map.of(),
                        topics.alerts().name(), topics.alerts().valueSerde().deserializer()).values();
            } catch (org.apache.kafka.common.KafkaException | IllegalStateException e) {
                throw new UserError("Cannot read " + topics.alerts().name() + " at " + cluster.bootstrapServers + ": "
                        + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        AlertTable.render(alerts, fromBeginning ? AlertTable.BY_RAISED : AlertTable.BY_DAY_AND_REGION)
                .forEach(out::println);
        out.printf("%d %s%n", alerts.size(), fromBeginning ? "alert records" : "alerts");
        out.flush();
        return 0;
    }

    private List<Alert> everyRecord(StrikelineTopics topics) {
        List<Alert> records = new ArrayList<>();
        TopicSnapshot.forEach(cluster.bootstrapServers, Map.of(), topics.alerts().name(),
                topics.alerts().valueSerde().deserializer(), record -> {
                    if (record.value() != null) {
                        records.add(record.value());
                    }
                });
        return records;
    }
}
