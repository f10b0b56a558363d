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

    /** The rank of the source that named {@code key}, or {@link Integer#MAX_VALUE} when none did. */
    int rank(String key) {
        Integer r = ranks.get(key);
        return r == null ? Integer.MAX_VALUE : r;
    }

    /**
     * The value of {@code exact} in this table or of {@code folded} in {@code foldedTable}, whichever source ranks
     * higher (the exact spelling on a tie): a hand-written "deg" beats a generated case-sensitive "deg".
     */
    V either(String exact, RankedNames<V> foldedTable, String folded) {
        int a = rank(exact);
        int b = foldedTable.rank(folded);
        if (a == Integer.MAX_VALUE && b == Integer.MAX_VALUE) {
            return null;
        }
        return a <= b ? get(exact) : foldedTable.get(folded);
    }
}
