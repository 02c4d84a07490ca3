package io.strikeline.extract;

import io.strikeline.avro.DateBasis;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a sentence speaks of, resolved against the publication day by the conventions' rules, in their
 * order of strength: an explicit date; "the night of 25-26 November" and "overnight into Monday" (the day
 * the night ends); a weekday (the latest such day on or before publication); "overnight" (the night ending
 * on the publication day); "today" and "yesterday"; "over the past day" (the day before publication).
 */
final class Dates {

    private static final String MONTHS = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern NIGHT_RANGE = Pattern.compile(
            "night of (?:\\w+, )?(?<first>\\d{1,2})(?:st|nd|rd|th)?\\s*[-–]\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)? " + MONTHS,
            Pattern.CASE_INSENSITIVE);
    // the dates and weekdays are searched only where they can begin (SparseSearch): find() tries every character
    private static final SparseSearch MONTH_DAY = new SparseSearch(Pattern.compile(
            "(?<![\\p{L}])" + MONTHS + " (?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,? (?<year>20\\d\\d))?(?![\\d:])",
            Pattern.CASE_INSENSITIVE));
    private static final SparseSearch DAY_MONTH = new SparseSearch(Pattern.compile(
            "(?<![\\d.])(?<day>\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTHS + "(?:,? (?<year>20\\d\\d))?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE));
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>20\\d\\d)(?![\\d])");
    private static final SparseSearch WEEKDAY = new SparseSearch(Pattern.compile(
            "(?<into>(?:overnight|night) (?:into|to) )?(?<![\\p{L}])(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE));
    private static final Pattern OVERNIGHT = Pattern.compile(
            "\\b(?:overnight|at night|during the night|this past night|in the night|night attack|nighttime|"
                    + "night-time|at night and in the morning|tonight)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YESTERDAY = Pattern.compile(
            "\\b(?:yesterday|last night|last evening)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TODAY = Pattern.compile(
            "\\b(?:today|this morning|this afternoon|this evening|earlier today|in the morning|in the afternoon|"
                    + "in the evening|during the day|all day)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_DAY = Pattern.compile(
            "\\b(?:(?:over|in|during) the (?:past|last) (?:day|24 hours)|past day|past 24 hours|previous day)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\b.{1,40}?\\band\\b(?<end>.{1,40})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_DAY = Pattern.compile("\\b(?:the next day|the following day|a day later)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_BEFORE = Pattern.compile(
            "\\b(?:the night before|the previous night|the day before|a day earlier|the previous day)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "said on Friday", "reported early Monday": when it was said, not when it happened. */
    private static final Pattern SPEECH_BEFORE = Pattern.compile(
            "\\b(?:said|says|reported|reports|wrote|announced|stated|added|posted|noted|told (?:\\w+ )?\\w+)\\s+"
                    + "(?:on |early |late |early on |late on |in the morning of |this )?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern SPEECH_AFTER = Pattern.compile(
            "^(?:,)?\\s*(?:morning |evening )?(?:said|says|reported|wrote|announced|stated|posted)\\b", Pattern.CASE_INSENSITIVE);

    /*
     * The words without which a rule cannot match, tested before it: each rule searched along a sentence costs
     * microseconds, and most sentences have none of its words.
     */
    private static final Guard MONTH_NAMES = Guard.anyOf("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Guard WEEKDAY_NAMES = Guard.anyOf("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Guard PAST_DAY_WORDS = Guard.anyOf("past day", "past 24", "last day", "last 24", "previous day");
    private static final Guard YESTERDAY_WORDS = Guard.anyOf("yesterday", "last ");
    private static final Guard TODAY_WORDS = Guard.anyOf("today", "this morning", "this afternoon", "this evening",
            "in the morning", "in the afternoon", "in the evening", "the day", "all day");
    private static final Guard SPEECH_WORDS = Guard.anyOf("said", "says", "reported", "reports", "wrote", "announced",
            "stated", "added", "posted", "noted", "told");

    private static final Guard WORDS = Guard.anyOf("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec", "day", "night", "today", "yesterday", "morning", "afternoon", "evening", "before", "previous",
            "between", "hours");

    private Dates() {
    }

    /** The day the sentence names, if it names one; {@code current} is the day the text was speaking of. */
    static Optional<DatedSentence> of(String sentence, LocalDate published, LocalDate current) {
        return of(Words.of(sentence), published, current);
    }

    /** {@link #of(String, LocalDate, LocalDate)} of a sentence whose lower case may have been made already. */
    static Optional<DatedSentence> of(Words words, LocalDate published, LocalDate current) {
        String sentence = words.text();
        String lower = words.lower();
        if (!WORDS.admitsLowerCase(lower) && !hasDigit(sentence)) {
            return Optional.empty();
        }
        Matcher between = BETWEEN.matcher(sentence);
        if (sentence.contains("etween") && between.find()) {
            // "between late Tuesday and early yesterday": a window is dated by its end
            Optional<DatedSentence> end = of(between.group("end"), published, current);
            if (end.isPresent()) {
                return end;
            }
        }
        if (lower.contains(" day") && NEXT_DAY.matcher(sentence).find()) {
            return Optional.of(new DatedSentence(current.plusDays(1), DateBasis.RELATIVE_DAY));
        }
        if ((lower.contains("before") || lower.contains("previous") || lower.contains("earlier"))
                && DAY_BEFORE.matcher(sentence).find()) {
            return Optional.of(new DatedSentence(current.minusDays(1), DateBasis.RELATIVE_DAY));
        }
        Matcher night = NIGHT_RANGE.matcher(sentence);
        if (lower.contains("night of") && night.find()) {
            return date(published, night.group("month"), night.group("day"), null, DateBasis.OVERNIGHT_END);
        }
        Optional<DatedSentence> explicit = hasDigit(sentence) ? explicit(sentence, lower, published) : Optional.empty();
        if (explicit.isPresent()) {
            return explicit;
        }
        Matcher weekday = WEEKDAY.matcher(sentence);
        if (lower.contains("day") && WEEKDAY_NAMES.admitsLowerCase(lower) && findNotSpoken(WEEKDAY, weekday, sentence, 0)) {
            DayOfWeek day = DayOfWeek.valueOf(weekday.group("weekday").toUpperCase(Locale.ROOT));
            LocalDate date = published.minusDays((published.getDayOfWeek().getValue() - day.getValue() + 7) % 7);
            return Optional.of(new DatedSentence(date, weekday.group("into") != null ? DateBasis.OVERNIGHT_END
                    : DateBasis.WEEKDAY));
        }
        if (PAST_DAY_WORDS.admitsLowerCase(lower) && PAST_DAY.matcher(sentence).find()) {
            return Optional.of(new DatedSentence(published.minusDays(1), DateBasis.PAST_DAY_WINDOW));
        }
        if (YESTERDAY_WORDS.admitsLowerCase(lower) && YESTERDAY.matcher(sentence).find()) {
            return Optional.of(new DatedSentence(published.minusDays(1), DateBasis.RELATIVE_DAY));
        }
        if (lower.contains("night") && OVERNIGHT.matcher(sentence).find()) {
            return Optional.of(new DatedSentence(published, DateBasis.OVERNIGHT_END));
        }
        if (TODAY_WORDS.admitsLowerCase(lower) && TODAY.matcher(sentence).find()) {
            return Optional.of(new DatedSentence(published, DateBasis.RELATIVE_DAY));
        }
        return Optional.empty();
    }

    private static Optional<DatedSentence> explicit(String sentence, String lower, LocalDate published) {
        Matcher numeric = NUMERIC.matcher(sentence);
        if (hasDigitDotDigit(sentence) && numeric.find()) {
            try {
                return Optional.of(new DatedSentence(LocalDate.of(Integer.parseInt(numeric.group("year")),
                        Integer.parseInt(numeric.group("month")), Integer.parseInt(numeric.group("day"))), DateBasis.EXPLICIT));
            } catch (java.time.DateTimeException notADate) {
                return Optional.empty();
            }
        }
        if (!MONTH_NAMES.admitsLowerCase(lower)) {
            return Optional.empty();
        }
        for (SparseSearch search : new SparseSearch[] {MONTH_DAY, DAY_MONTH}) {
            Matcher matcher = search.matcher(sentence);
            for (int from = 0; findNotSpoken(search, matcher, sentence, from); from = matcher.end()) {
                Optional<DatedSentence> date = date(published, matcher.group("month"), matcher.group("day"),
                        matcher.group("year"), DateBasis.EXPLICIT);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** What a numeric date ("12.05.2024") needs: a digit, a dot and a digit. */
    private static boolean hasDigitDotDigit(String text) {
        for (int dot = text.indexOf('.', 1); dot > 0 && dot + 1 < text.length(); dot = text.indexOf('.', dot + 1)) {
            if (isAsciiDigit(text.charAt(dot - 1)) && isAsciiDigit(text.charAt(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the first match at or after {@code from} that is not the time something was said ("said on Friday",
     * "on Thursday said").
     */
    private static boolean findNotSpoken(SparseSearch search, Matcher matcher, String sentence, int from) {
        for (int at = from; search.find(matcher, sentence, at); at = matcher.end()) {
            String before = sentence.substring(Math.max(0, matcher.start() - 40), matcher.start());
            String after = sentence.substring(matcher.end(), Math.min(sentence.length(), matcher.end() + 25));
            boolean spokenBefore = SPEECH_WORDS.admitsAnyCase(before) && SPEECH_BEFORE.matcher(before).find();
            if (!spokenBefore && !SPEECH_AFTER.matcher(after).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<DatedSentence> date(LocalDate published, String monthName, String dayText, String yearText,
            DateBasis basis) {
        Month month = month(monthName);
        int day = Integer.parseInt(dayText);
        if (month == null || day < 1 || day > 31) {
            return Optional.empty();
        }
        try {
            int year = yearText != null ? Integer.parseInt(yearText) : published.getYear();
            LocalDate date = LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year))));
            if (yearText == null && date.isAfter(published.plusDays(1))) {
                date = date.minusYears(1); // "on December 29" in a January article
            }
            return Optional.of(new DatedSentence(date, basis));
        } catch (java.time.DateTimeException notADate) {
            return Optional.empty();
        }
    }

    private static Month month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix.length() >= 3
                    ? prefix.substring(0, 3) : prefix)) {
                return month;
            }
        }
        return null;
    }
}
