package io.strikeline.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the extractor reads of an article: its text and the day it was published, against which "overnight",
 * "yesterday" and "on Thursday" are resolved. The other fields are carried into the events' provenance.
 *
 * @param id        the article's id in its feed
 * @param url       where it was published; may be null
 * @param source    the outlet
 * @param published the publication day (the outlet's own calendar day)
 * @param title     the headline; may be null
 * @param text      the body text
 */
public record ArticleText(String id, String url, String source, LocalDate published, String title, String text) {

    public ArticleText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
    }
}
