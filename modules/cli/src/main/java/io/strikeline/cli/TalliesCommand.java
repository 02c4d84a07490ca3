package io.strikeline.cli;

import io.strikeline.avro.RegionDayTally;
import io.strikeline.geo.Regions;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.TopicSnapshot;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strikeline tallies}: the current region x day tallies, read from tallies.region-day. */
@Command(name = "tallies", mixinStandardHelpOptions = true,
        description = "Print the region x day tallies (the latest value of every key of tallies.region-day).")
final class TalliesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--region", paramLabel = "ISO", description = "Only this region (UA-59, or UA for national totals).")
    String region;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
    LocalDate to;

    @Override
    public Integer call() {
        if (region != null && Regions.byIso(region).isEmpty()) {
            throw new UserError("Unknown region '" + region + "': use an ISO 3166-2:UA code such as UA-59, or UA");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new UserError("--from " + from + " is after --to " + to);
        }
        List<RegionDayTally> selected;
        try (AvroSerdes serdes = AvroSerdes.forRegistry(cluster.schemaRegistryUrl)) {
            StrikelineTopics topics = new StrikelineTopics(serdes);
            Map<String, RegionDayTally> tallies;
            try {
                tallies = TopicSnapshot.read(cluster.bootstrapServers, Map.of(), topics.tallies().name(),
                        topics.tallies().valueSerde().deserializer());
            } catch (org.apache.kafka.common.KafkaException | IllegalStateException e) {
                throw new UserError("Cannot read " + topics.tallies().name() + " at " + cluster.bootstrapServers + ": "
                        + e.getMessage());
            }
            selected = tallies.values().stream().filter(this::matches).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        TallyTable.render(selected).forEach(out::println);
        out.printf("%d tallies%n", selected.size());
        out.flush();
        return 0;
    }

    private boolean matches(RegionDayTally tally) {
        return (region == null || tally.getRegionIso().equalsIgnoreCase(region))
                && (from == null || !tally.getDate().isBefore(from))
                && (to == null || !tally.getDate().isAfter(to));
    }
}
