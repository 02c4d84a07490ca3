package io.strikeline.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure, costly function of a name, kept for names asked again. Bounded: past the limit
 * it starts afresh rather than growing with every capitalised word of every article.
 */
final class Lookups<V> {

    private static final int LIMIT = 50_000;

    private final Function<String, V> function;
    private final Map<String, V> answers = new ConcurrentHashMap<>();

    Lookups(Function<String, V> function) {
        this.function = function;
    }

    V get(String name) {
        V answer = answers.get(name);
        if (answer == null) {
            answer = function.apply(name);
            if (answers.size() >= LIMIT) {
                answers.clear();
            }
            answers.put(name, answer);
        }
        return answer;
    }
}
