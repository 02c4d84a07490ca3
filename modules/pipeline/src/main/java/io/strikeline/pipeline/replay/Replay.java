package io.strikeline.pipeline.replay;

import io.strikeline.pipeline.Pipeline;
import io.strikeline.pipeline.PipelineConfig;
import io.strikeline.pipeline.PipelineStage;
import io.strikeline.pipeline.Settling;
import io.strikeline.topics.AvroSerdes;
import io.strikeline.topics.BoundedTopic;
import io.strikeline.topics.StrikelineTopics;
import io.strikeline.topics.Topic;
import io.strikeline.topics.TopicAdmin;
import io.strikeline.topics.TopicDefinition;
import io.strikeline.topics.TopicSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Rebuilds events and tallies from a slice of the live topics, beside the live application:
 * <ol>
 *   <li>refuses a suffix that anything on the cluster already carries ({@link SuffixUse});</li>
 *   <li>takes the end of every source topic, so that the replay is of what they held when it began;</li>
 *   <li>copies each source's slice ({@link SliceSelection}) into its suffixed copy, created with the live
 *       topic's partitions ({@link SliceCopy});</li>
 *   <li>runs the stages the sources need under suffixed application ids, on suffixed topics, with the
 *       given state directory, until they have caught up; then stops them and counts what they wrote.</li>
 * </ol>
 * The live application is only read: its topics without a consumer group, nothing of its groups, offsets,
 * internal topics or state directories is used. A replay does not resume: run again, it refuses its suffix
 * (see {@link SuffixUse} for why); one that failed part-way is deleted, or a new suffix chosen.
 */
public final class Replay {

    private Replay() {
    }

    /**
     * @param live          the live application: its cluster and topics; the replay runs in its state directory
     *                      and under its names, each with the request's suffix added
     * @param settleTimeout how long the stages may take to catch up with the copies
     */
    public static ReplaySummary run(PipelineConfig live, ReplayRequest request, Duration settleTimeout)
            throws InterruptedException {
        PipelineConfig beside = live.isolated(live.topicSuffix() + request.nameSuffix());
        try (AvroSerdes serdes = AvroSerdes.forRegistry(live.registryUrl());
                Admin admin = Admin.create(clientProperties(live))) {
            StrikelineTopics liveTopics = new StrikelineTopics(serdes, live.partitions(), live.topicSuffix());
            StrikelineTopics replayTopics = new StrikelineTopics(serdes, live.partitions(), beside.topicSuffix());
            List<String> inUse = SuffixUse.find(admin,
                    replayTopics.definitions().stream().map(TopicDefinition::name).toList(), applicationIds(beside));
            if (!inUse.isEmpty()) {
                throw new SuffixInUseException(request.suffix(), inUse);
            }
            Map<ReplaySource, BoundedTopic> inputs = new EnumMap<>(ReplaySource.class);
            for (ReplaySource source : request.sources()) {
                inputs.put(source, BoundedTopic.upToNow(live.bootstrapServers(), live.clientProperties(),
                        source.in(liveTopics).topic().name()));
            }
            List<ReplaySummary.Copy> copies = new ArrayList<>();
            for (ReplaySource source : request.sources()) {
                BoundedTopic input = inputs.get(source);
                Topic<String, ?> copy = source.in(replayTopics).topic();
                TopicAdmin.ensure(admin, List.of(new TopicDefinition(copy.name(), input.partitions(),
                        copy.definition().configs())), live.replication());
                copies.add(SliceCopy.copy(input, source.in(liveTopics), request.days(), copy.name(),
                        clientProperties(live)));
            }
            // The topics the stages create beside the copies get as many partitions as the live ones.
            int partitions = inputs.values().iterator().next().partitions();
            return runStages(beside.withPartitions(partitions), request, copies, settleTimeout);
        }
    }

    private static ReplaySummary runStages(PipelineConfig beside, ReplayRequest request,
            List<ReplaySummary.Copy> copies, Duration settleTimeout) throws InterruptedException {
        long start = System.nanoTime();
        try (Pipeline pipeline = Pipeline.start(beside, request.stages())) {
            pipeline.awaitSettled(settleTimeout);
            Duration settled = Duration.ofNanos(System.nanoTime() - start);
            StrikelineTopics topics = pipeline.topics();
            return new ReplaySummary(request, copies,
                    pipeline.stages().stream().map(Settling.Stage::groupId).toList(),
                    topics.strikeEvents().name(), count(beside, topics.strikeEvents().name()),
                    topics.tallies().name(), count(beside, topics.tallies().name()), settled);
        }
    }

    /** Both stages' ids, whichever run: a suffix is in use if either carries it. */
    private static List<String> applicationIds(PipelineConfig beside) {
        return Arrays.stream(PipelineStage.values()).map(stage -> stage.applicationId(beside)).toList();
    }

    /** Keys whose latest record is not a tombstone. */
    private static long count(PipelineConfig config, String topic) {
        return TopicSnapshot.read(config.bootstrapServers(), config.clientProperties(), topic,
                new ByteArrayDeserializer()).size();
    }

    private static Map<String, Object> clientProperties(PipelineConfig config) {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        return props;
    }
}
