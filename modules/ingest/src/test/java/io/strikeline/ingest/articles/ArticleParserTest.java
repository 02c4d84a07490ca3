package io.strikeline.ingest.articles;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.Article;
import io.strikeline.ingest.Parsed;
import io.strikeline.ingest.RawRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private static final Instant NOW = Instant.parse("2025-07-24T10:00:00Z");

    private static Map<String, String> article() {
        Map<String, String> fields = new HashMap<>();
        fields.put("id", "ex-1");
        fields.put("url", "https://news.example/2025/07/24/drones");
        fields.put("source", "Example News");
        fields.put("published", "2025-07-24");
        fields.put("title", "Drones hit the north-east overnight");
        fields.put("text", "  Overnight, drones struck a power substation in the Sumy region.\n");
        return fields;
    }

    private static Parsed<Article> parse(Map<String, String> fields) {
        return ArticleParser.parse(new RawRecord(fields, "a.jsonl", 1, new byte[0]), NOW);
    }

    @Test
    void shouldBuildAnArticleKeyedByIdKeepingTheTextVerbatim() {
        Parsed<Article> parsed = parse(article());

        assertThat(parsed.key()).isEqualTo("ex-1");
        assertThat(parsed.value().getPublishedDate()).isEqualTo(LocalDate.of(2025, 7, 24));
        assertThat(parsed.value().getPublishedAt()).isNull();
        assertThat(parsed.value().getText()).startsWith("  Overnight").endsWith("region.\n");
        assertThat(parsed.value().getIngestedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldTakeThePublicationDayInTheOffsetTheSourceGave() {
        Map<String, String> fields = article();
        fields.put("published", "2025-07-24T01:30:00+03:00");

        Article article = parse(fields).value();

        assertThat(article.getPublishedDate()).isEqualTo(LocalDate.of(2025, 7, 24));
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2025-07-23T22:30:00Z"));
    }

    @Test
    void shouldRejectMissingFieldsBadDatesBadUrlsAndHugeTexts() {
        Map<String, String> noId = article();
        noId.remove("id");
        Map<String, String> badDate = article();
        badDate.put("published", "24/07/2025");
        Map<String, String> localTime = article();
        localTime.put("published", "2025-07-24T01:30:00");
        Map<String, String> badUrl = article();
        badUrl.put("url", "ftp://example/x");
        Map<String, String> huge = article();
        huge.put("text", "x".repeat(ArticleParser.MAX_TEXT_BYTES + 1));
        Map<String, String> blankText = article();
        blankText.put("text", "   ");

        assertThat(parse(noId).rejection()).contains("id is missing");
        assertThat(parse(badDate).rejection()).contains("published '24/07/2025'");
        assertThat(parse(localTime).rejection()).contains("no zone or offset");
        assertThat(parse(badUrl).rejection()).contains("not an http(s) URL");
        assertThat(parse(huge).rejection()).contains("the limit is 1048576");
        assertThat(parse(blankText).rejection()).contains("text is missing or empty");
    }
}
