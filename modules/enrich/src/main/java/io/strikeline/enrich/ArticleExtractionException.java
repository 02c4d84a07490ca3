package io.strikeline.enrich;

/**
 * The extractor failed on an article. Its message names the article and the cause: it is what the record
 * in enrich.dlq says in its {@code __streams.errors.message} header.
 */
public final class ArticleExtractionException extends RuntimeException {

    ArticleExtractionException(String articleId, Throwable cause) {
        super("The extractor failed on article '" + articleId + "': " + cause, cause);
    }
}
