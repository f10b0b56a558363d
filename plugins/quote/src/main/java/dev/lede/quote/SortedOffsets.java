package dev.lede.quote;

/**
 * Binary search over ascending char offsets, shared by {@link DocumentWords} and {@link EntityIndex}. Hand-written
 * because {@link java.util.Arrays#binarySearch(int[], int)} returns an arbitrary one of equal offsets, and both
 * callers need the first.
 */
final class SortedOffsets {

    private SortedOffsets() {
    }

    /**
     * The index of the first offset in {@code sorted} that is not below {@code offset}, or {@code sorted.length}
     * when there is none.
     */
    static int lowerBound(int[] sorted, int offset) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
