package io.strikeline.enrich;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of text. Reports repeat a few hundred target and model strings
 * over and over, and resolving one (regions in several spellings and inflections, the weapons catalogue)
 * costs far more than a lookup. Bounded: when full it starts afresh, so a stream of distinct strings
 * cannot grow it without end. Safe to share between stream threads.
 */
final class Memo<K, V> {

    private final Function<K, V> function;
    private final int capacity;
    private final Map<K, V> results = new ConcurrentHashMap<>();

    Memo(Function<K, V> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    V apply(K key) {
        V known = results.get(key);
        if (known != null) {
            return known;
        }
        V computed = function.apply(key);
        if (results.size() >= capacity) {
            results.clear();
        }
        results.put(key, computed);
        return computed;
    }
}
