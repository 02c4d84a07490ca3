package io.strikeline.ingest.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the Python literals the strike-report dataset stores in text columns, such as
 * {@code {'south': 30, 'east': 85, 'north': NaN}} and {@code ['Kyiv oblast', 'Sumy oblast']}: dicts,
 * lists, tuples, single- or double-quoted strings, ints, floats, {@code NaN}, {@code None},
 * {@code True}/{@code False}. JSON is a subset it also accepts ({@code null}, {@code true},
 * {@code false}), so JSON input can carry the same columns as real arrays and objects.
 *
 * <p>Values: {@link Map} (insertion order), {@link List}, {@link String}, {@link Long}, {@link Double}
 * ({@link Double#NaN} for NaN), {@link Boolean}, or null.
 */
public final class PythonLiteral {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private final String text;
    private int pos;

    private PythonLiteral(String text) {
        this.text = text;
    }

    /** Parses a whole literal; trailing text other than white space is an error. */
    public static Object parse(String text) {
        PythonLiteral parser = new PythonLiteral(text);
        Object value = parser.value();
        parser.skipSpace();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the literal");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("unexpected end of text");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return dict();
            case '[':
                return sequence('[', ']');
            case '(':
                return sequence('(', ')');
            case '\'':
            case '"':
                return string(c);
            default:
                if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                    return number();
                }
                return word();
        }
    }

    private Map<Object, Object> dict() {
        Map<Object, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek('}')) {
            pos++;
            return Collections.unmodifiableMap(map);
        }
        while (true) {
            Object key = value();
            skipSpace();
            expect(':');
            map.put(key, value());
            skipSpace();
            if (peek(',')) {
                pos++;
                skipSpace();
                if (peek('}')) {
                    pos++;
                    return Collections.unmodifiableMap(map);
                }
                continue;
            }
            expect('}');
            return Collections.unmodifiableMap(map);
        }
    }

    private List<Object> sequence(char open, char close) {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek(close)) {
            pos++;
            return List.of();
        }
        while (true) {
            list.add(value());
            skipSpace();
            if (peek(',')) {
                pos++;
                skipSpace();
                if (peek(close)) {
                    pos++;
                    return Collections.unmodifiableList(list);
                }
                continue;
            }
            expect(close);
            return Collections.unmodifiableList(list);
        }
    }

    private String string(char quote) {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char escaped = text.charAt(pos++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("truncated \\u escape");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(escaped);
            }
        }
        throw error("unterminated string");
    }

    private Object number() {
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String token = text.substring(start, pos);
        try {
            if (INTEGER.matcher(token).matches()) {
                return Long.parseLong(token);
            }
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw error("not a number: '" + token + "'");
        }
    }

    private Object word() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String token = text.substring(start, pos);
        switch (token) {
            case "NaN":
            case "nan":
                return Double.NaN;
            case "None":
            case "null":
                return null;
            case "True":
            case "true":
                return Boolean.TRUE;
            case "False":
            case "false":
                return Boolean.FALSE;
            default:
                throw error(token.isEmpty() ? "unexpected character '" + text.charAt(pos) + "'"
                        : "unknown word '" + token + "'");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at position " + pos + " of a Python literal");
    }
}
