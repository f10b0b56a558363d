package dev.lede.geo;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.ToIntFunction;

/**
 * Character spans of one article (organisation names, resolved toponyms) sorted by start, each with the furthest end
 * among the spans that start no later: "does any span overlap this one" and "is this one inside a longer span" are
 * then a binary search instead of a scan of every span, which made those checks grow with the square of the
 * article (every place name against every organisation name). Hand-written because the question is one array
 * search: interval-tree libraries answer stabbing queries but bring a dependency for thirty lines, and Guava's
 * {@code RangeSet} merges the spans, losing the lengths that "inside a longer span" needs.
 */
final class SpanIndex {
    private final int[] starts;
    /** {@code furthestEnds[i]}: the largest end of the spans {@code 0..i} in start order. */
    private final int[] furthestEnds;

    private SpanIndex(int[] starts, int[] furthestEnds) {
        this.starts = starts;
        this.furthestEnds = furthestEnds;
    }

    static <T> SpanIndex of(Collection<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
        long[] packed = new long[items.size()]; // start in the high half, end in the low: one sort keeps the pairs
        int n = 0;
        for (T item : items) {
            packed[n++] = ((long) start.applyAsInt(item) << 32) | (end.applyAsInt(item) & 0xFFFF_FFFFL);
        }
        Arrays.sort(packed);
        int[] starts = new int[n];
        int[] furthest = new int[n];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            starts[i] = (int) (packed[i] >> 32);
            max = Math.max(max, (int) packed[i]);
            furthest[i] = max;
        }
        return new SpanIndex(starts, furthest);
    }

    /** Whether some span shares a character with [start, end): it starts before {@code end} and ends after start. */
    boolean overlapsAny(int start, int end) {
        return furthestEndStartingBefore(end) > start;
    }

    /**
     * Whether [start, end) lies inside a longer span: one that starts before it and reaches its end, or starts with
     * it (or before) and goes on after it.
     */
    boolean insideLonger(int start, int end) {
        return furthestEndStartingBefore(start) >= end || furthestEndStartingBefore(start + 1) > end;
    }

    /** The furthest end of the spans that start before {@code position}; {@code Integer.MIN_VALUE} when none. */
    private int furthestEndStartingBefore(int position) {
        int first = firstAtOrAfter(starts, position);
        return first == 0 ? Integer.MIN_VALUE : furthestEnds[first - 1];
    }

    /**
     * The index of the first value {@code >= value} in an ascending array ({@code sorted.length} when none): unlike
     * {@link Arrays#binarySearch}, the first of equal values.
     */
    static int firstAtOrAfter(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
