package io.strikeline.topics;

import java.time.LocalDate;

/**
 * The id of a strike event, and the contract the topic strike-events keeps with it: an event id is
 * {@code SOURCE|REGION|YYYY-MM-DD|CLASS} (e.g. {@code r-1a2b...|UA-59|2025-07-23|DRONE}), so every event id
 * names exactly one region and day. strike-events is partitioned by that region and day, not by the whole
 * key: all events of a region-day meet in one partition, and the tallies need no repartitioning. The
 * source part may itself contain '|'; the last three parts never do.
 *
 * <p>The source part says which record the event comes from: a report's id ({@code r-} and a hash), or
 * {@code article:} and the article's id. Article ids are the feeds' own, so the prefix keeps an article
 * from ever sharing event ids with a report, or a report's events from retracting an article's.
 */
public final class EventIds {

    private static final char SEPARATOR = '|';
    private static final String ARTICLE = "article:";

    private EventIds() {
    }

    public static String of(String sourceId, String regionIso, LocalDate date, Object weaponClass) {
        return sourceId + SEPARATOR + regionIso + SEPARATOR + date + SEPARATOR + weaponClass;
    }

    /** {@code REPORT_ID|REGION|YYYY-MM-DD|CLASS}: the same for every version of the report. */
    public static String forReport(String reportId, String regionIso, LocalDate date, Object weaponClass) {
        return of(reportId, regionIso, date, weaponClass);
    }

    /** {@code article:ARTICLE_ID|REGION|YYYY-MM-DD|CLASS}: the same for every version of the article. */
    public static String forArticle(String articleId, String regionIso, LocalDate date, Object weaponClass) {
        return of(ARTICLE + articleId, regionIso, date, weaponClass);
    }

    /** {@code REGION|YYYY-MM-DD} of an event id: the key of its region-day tally. */
    public static String regionDayKey(String eventId) {
        int classStart = eventId.lastIndexOf(SEPARATOR);
        int dateStart = classStart <= 0 ? -1 : eventId.lastIndexOf(SEPARATOR, classStart - 1);
        int regionStart = dateStart <= 0 ? -1 : eventId.lastIndexOf(SEPARATOR, dateStart - 1);
        if (regionStart < 0) {
            throw new IllegalArgumentException("'" + eventId + "' is not an event id (SOURCE|REGION|YYYY-MM-DD|CLASS)");
        }
        return eventId.substring(regionStart + 1, classStart);
    }
}
