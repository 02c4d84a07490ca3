package io.strikeline.query;

/** A request the API cannot answer as asked (an unknown region, a bad date, a range too long): a 400. */
public final class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
