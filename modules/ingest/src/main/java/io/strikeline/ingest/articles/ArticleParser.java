package io.strikeline.ingest.articles;

import io.strikeline.avro.Article;
import io.strikeline.ingest.Parsed;
import io.strikeline.ingest.RawRecord;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Validates one article ({@code {"id","url","source","published","title","text"}}, plus an optional
 * {@code language}) and builds an {@link Article} keyed by its id. {@code published} is a date
 * ({@code 2025-07-24}) or an instant with a zone or offset ({@code 2025-07-24T06:10:00+03:00}); the
 * publication day is taken in the offset the source gave, which is the day the text's "yesterday" means.
 */
public final class ArticleParser {

    public static final int MAX_TEXT_BYTES = 1024 * 1024;
    private static final Pattern ENDS_WITH_OFFSET = Pattern.compile("[+-]\\d{2}:?\\d{2}$");

    private ArticleParser() {
    }

    public static Parsed<Article> parse(RawRecord record, Instant ingestedAt) {
        try {
            String id = required(record, "id");
            String source = required(record, "source");
            // The text is kept verbatim: evidence offsets point into it.
            String text = record.field("text");
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("text is missing or empty; it is required");
            }
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_TEXT_BYTES) {
                throw new IllegalArgumentException("text is " + bytes + " bytes; the limit is " + MAX_TEXT_BYTES);
            }
            Article.Builder article = Article.newBuilder()
                    .setId(id)
                    .setSource(source)
                    .setText(text)
                    .setUrl(url(record.field("url")))
                    .setTitle(blankToNull(record.field("title")))
                    .setLanguage(blankToNull(record.field("language")))
                    .setIngestedAt(ingestedAt);
            published(required(record, "published"), article);
            return Parsed.accepted(id, article.build());
        } catch (IllegalArgumentException e) {
            return Parsed.rejected(e.getMessage());
        }
    }

    private static void published(String text, Article.Builder article) {
        try {
            if (text.length() == 10) {
                article.setPublishedDate(LocalDate.parse(text));
                return;
            }
            OffsetDateTime dateTime = text.endsWith("Z") || ENDS_WITH_OFFSET.matcher(text).find()
                    ? OffsetDateTime.parse(text)
                    : null;
            if (dateTime == null) {
                throw new IllegalArgumentException("published '" + text + "' has a time but no zone or offset;"
                        + " give a date (YYYY-MM-DD) or an ISO-8601 instant such as 2025-07-24T06:10:00+03:00");
            }
            article.setPublishedDate(dateTime.toLocalDate());
            article.setPublishedAt(dateTime.withOffsetSameInstant(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published '" + text + "' is not a date (YYYY-MM-DD) or an ISO-8601"
                    + " date-time with offset");
        }
    }

    private static String url(String text) {
        String url = blankToNull(text);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("url '" + url + "' is not an http(s) URL");
            }
            return url;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("url '" + url + "' is not a valid URL: " + e.getReason());
        }
    }

    private static String required(RawRecord record, String field) {
        String value = blankToNull(record.field(field));
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing or empty; it is required");
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
