package io.strikeline.extract.eval;

/**
 * Matches and mismatches of predicted against gold items, summed over articles (micro-averaged). A ratio
 * with nothing to divide by is 0: an extractor that predicts nothing earns no precision.
 */
public record Scores(int truePositives, int falsePositives, int falseNegatives) {

    public static final Scores NONE = new Scores(0, 0, 0);

    public Scores plus(Scores other) {
        return new Scores(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** The harmonic mean of precision and recall, 2TP / (2TP + FP + FN). */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
