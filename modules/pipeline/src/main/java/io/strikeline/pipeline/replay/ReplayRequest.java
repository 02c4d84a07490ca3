package io.strikeline.pipeline.replay;

import io.strikeline.pipeline.PipelineStage;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a replay rebuilds.
 *
 * @param sources the live topics it starts from: strike-events alone, or one or both raw topics (both, for the
 *                tallies of days that have reports and articles)
 * @param days    the days of the records it takes (a record's day: see {@link ReplaySource})
 * @param suffix  a name such as {@code v2}, appended with a dash to every topic and application id of the
 *                replay: {@code strike-events-v2}, {@code strikeline-aggregate-v2}
 */
public record ReplayRequest(Set<ReplaySource> sources, DayRange days, String suffix) {

    /** Characters Kafka allows in topic names; the first one not a separator. */
    private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public ReplayRequest {
        Objects.requireNonNull(days, "days");
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("Name the topic to replay from: one of " + ReplaySource.topicNames());
        }
        sources = Collections.unmodifiableSet(EnumSet.copyOf(sources));
        if (sources.contains(ReplaySource.STRIKE_EVENTS) && sources.size() > 1) {
            throw new IllegalArgumentException("strike-events cannot be replayed together with a raw topic: the"
                    + " events rebuilt from the raw topic would be counted a second time");
        }
        if (suffix == null || !SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("The suffix '" + suffix + "' is not a name such as v2 (letters, digits,"
                    + " '.', '_' and '-', starting with a letter or digit, at most 100)");
        }
    }

    /** What the names of the replay's topics and application ids end with: a dash and the suffix. */
    public String nameSuffix() {
        return "-" + suffix;
    }

    /** The stages its sources need: enrich and aggregate from a raw topic, aggregate alone from strike-events. */
    public Set<PipelineStage> stages() {
        Set<PipelineStage> stages = EnumSet.noneOf(PipelineStage.class);
        sources.forEach(source -> stages.addAll(source.stages()));
        return stages;
    }
}
