package io.strikeline.ingest.reports;

/**
 * Counts as the dataset writes them: {@code 93}, {@code 93.0}, empty or {@code NaN} (unknown). A count
 * must be a whole number of at least zero; anything else is an error, never silently rounded.
 */
final class Counts {

    private Counts() {
    }

    static Integer parse(String column, String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("nan") || value.equalsIgnoreCase("none")
                || value.equalsIgnoreCase("null")) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a number");
        }
        return whole(column, value, number);
    }

    /** A count inside a parsed Python literal (a dict value). */
    static Integer fromLiteral(String column, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return Double.isNaN(number.doubleValue()) ? null : whole(column, value.toString(), number.doubleValue());
        }
        return parse(column, value.toString());
    }

    private static Integer whole(String column, String text, double number) {
        if (Double.isNaN(number)) {
            return null;
        }
        if (number < 0 || number != Math.rint(number) || number > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a whole number of zero or more");
        }
        return (int) number;
    }
}
