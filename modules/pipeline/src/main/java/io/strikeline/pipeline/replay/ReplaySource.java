package io.strikeline.pipeline.replay;

import io.strikeline.avro.Article;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.StrikeReport;
import io.strikeline.pipeline.PipelineStage;
import io.strikeline.topics.StrikelineTopics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A topic a replay can start from: the stages that rebuild from it, and the day each of its records belongs
 * to, by which a replay chooses the records of its range.
 */
public enum ReplaySource {
    /**
     * A report belongs to the day its events are counted on: the Kyiv calendar day on which its reporting
     * window ends (starts, when it gives no end). The window's start would put an overnight report on the
     * evening before the day it is tallied under, and a replay of that day would miss it.
     */
    STRIKE_REPORTS_RAW(StrikelineTopics.STRIKE_REPORTS_RAW, EnumSet.of(PipelineStage.ENRICH, PipelineStage.AGGREGATE)),
    /**
     * An article belongs to the day it was published. Its events may fall on other days (the day before,
     * for "yesterday"), which are then tallied from the articles of the range only.
     */
    ARTICLES_RAW(StrikelineTopics.ARTICLES_RAW, EnumSet.of(PipelineStage.ENRICH, PipelineStage.AGGREGATE)),
    /** An event belongs to its {@code event_date}, the day of the region-day it is tallied under. */
    STRIKE_EVENTS(StrikelineTopics.STRIKE_EVENTS, EnumSet.of(PipelineStage.AGGREGATE));

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private final String topicName;
    private final Set<PipelineStage> stages;

    ReplaySource(String topicName, Set<PipelineStage> stages) {
        this.topicName = topicName;
        this.stages = Collections.unmodifiableSet(stages);
    }

    /** The live topic's name, without any suffix. */
    public String topicName() {
        return topicName;
    }

    /** The stages that rebuild the events and tallies from this topic. */
    public Set<PipelineStage> stages() {
        return stages;
    }

    public static List<String> topicNames() {
        return Arrays.stream(values()).map(ReplaySource::topicName).toList();
    }

    public static ReplaySource ofTopic(String name) {
        return Arrays.stream(values()).filter(source -> source.topicName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("A replay starts from one of " + topicNames()
                        + ", not '" + name + "'"));
    }

    /** This source among {@code topics}, with the day of each of its values. */
    DatedTopic<?> in(StrikelineTopics topics) {
        return switch (this) {
            case STRIKE_REPORTS_RAW -> new DatedTopic<>(topics.strikeReports(), ReplaySource::reportDay);
            case ARTICLES_RAW -> new DatedTopic<>(topics.articles(), Article::getPublishedDate);
            case STRIKE_EVENTS -> new DatedTopic<>(topics.strikeEvents(), StrikeEvent::getEventDate);
        };
    }

    /** The day the enrich stage dates a report's events on ({@code ReplaySourceTest} holds the two together). */
    static LocalDate reportDay(StrikeReport report) {
        Instant end = report.getWindowEnd() != null ? report.getWindowEnd() : report.getWindowStart();
        return end.atZone(KYIV).toLocalDate();
    }
}
