package dev.lede.number;

import java.util.HashMap;
import java.util.Map;

/**
 * A name table filled from several sources in order of authority: an entry stays unless a source of higher rank
 * (lower number) names the same key. The hand-written tables rank above the generated ones, and a name written in a
 * table above a plural derived from it ("hryvnias" written out beats the plural of "hryvnia").
 */
final class RankedNames<V> {
    private final Map<String, V> values = new HashMap<>();
    private final Map<String, Integer> ranks = new HashMap<>();

    void put(String key, V value, int rank) {
        Integer had = ranks.get(key);
        if (had == null || rank < had) {
            values.put(key, value);
            ranks.put(key, rank);
        }
    }

    V get(String key) {
        return values.get(key);
    }
}
