package dev.lede.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts by key, remembering first-seen order (Python's {@code collections.Counter}): {@link #mostCommon} breaks
 * ties by that order, as Counter does, so listings come out in the same order as the reference scorer's.
 */
final class Tally<K> {
    private final Map<K, Long> counts = new LinkedHashMap<>();

    void add(K key, long n) {
        counts.merge(key, n, Long::sum);
    }

    void add(K key) {
        add(key, 1);
    }

    void add(K key, boolean hit) {
        add(key, hit ? 1 : 0);
    }

    long get(K key) {
        return counts.getOrDefault(key, 0L);
    }

    Map<K, Long> asMap() {
        return java.util.Collections.unmodifiableMap(counts);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Entries by count, highest first, ties in first-seen order; at most {@code limit}. */
    List<Map.Entry<K, Long>> mostCommon(int limit) {
        List<Map.Entry<K, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> Long.compare(b.getValue(), a.getValue())); // List.sort is stable
        return entries.subList(0, Math.min(limit, entries.size()));
    }
}
