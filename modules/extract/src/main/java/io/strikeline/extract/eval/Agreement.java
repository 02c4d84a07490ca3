package io.strikeline.extract.eval;

/** How many of {@code total} matched events have the same value as gold for one count (null equals null). */
public record Agreement(int agreed, int total) {

    public static final Agreement NONE = new Agreement(0, 0);

    public Agreement plus(boolean same) {
        return new Agreement(agreed + (same ? 1 : 0), total + 1);
    }

    /** NaN when no event matched: there was nothing to agree on, which is neither success nor failure. */
    public double rate() {
        return total == 0 ? Double.NaN : (double) agreed / total;
    }
}
