package dev.lede.cli;

import java.util.Arrays;

/**
 * Latency samples in nanoseconds with exact percentiles. Written out rather than taken from a histogram library
 * because a benchmark run keeps at most a few million values and exact figures are simpler to trust.
 */
final class Samples {
    private long[] values = new long[1024];
    private int size;
    private boolean sorted = true;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
        sorted = false;
    }

    int size() {
        return size;
    }

    /** The sum of all samples. */
    long total() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum;
    }

    /** The nearest-rank percentile, {@code p} in (0, 100]; 0 when there is no sample. */
    long percentile(double p) {
        if (size == 0) {
            return 0;
        }
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(p / 100.0 * size);
        return values[Math.min(size, Math.max(1, rank)) - 1];
    }
}
