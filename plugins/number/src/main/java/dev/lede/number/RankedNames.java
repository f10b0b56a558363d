package dev.lede.number;

import java.util.HashMap;
import java.util.Map;

/**
 * A name table filled from several sources in order of authority: an entry stays unless a source of higher rank
 * (lower number) names the same key. The hand-written tables rank above the generated ones, and a name written in a
 * table above a plural derived from it ("hryvnias" written out beats the plural of "hryvnia").
 */
final class RankedNames<V> {
    private record Entry<V>(V value, int rank) {
    }

    private final Map<String, Entry<V>> entries = new HashMap<>();

    void put(String key, V value, int rank) {
        Entry<V> had = entries.get(key);
        if (had == null || rank < had.rank()) {
            entries.put(key, new Entry<>(value, rank));
        }
    }

    V get(String key) {
        Entry<V> e = entries.get(key);
        return e == null ? null : e.value();
    }

    /**
     * The value of {@code exact} in this table or of {@code folded} in {@code foldedTable}, whichever source ranks
     * higher (the exact spelling on a tie): a hand-written "deg" beats a generated case-sensitive "deg".
     */
    V either(String exact, RankedNames<V> foldedTable, String folded) {
        Entry<V> a = entries.get(exact);
        Entry<V> b = foldedTable.entries.get(folded);
        if (a == null) {
            return b == null ? null : b.value();
        }
        return b == null || a.rank() <= b.rank() ? a.value() : b.value();
    }
}
