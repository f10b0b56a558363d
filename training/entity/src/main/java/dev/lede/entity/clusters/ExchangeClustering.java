package dev.lede.entity.clusters;

import java.util.Arrays;
import java.util.Locale;

/**
 * Word classes by the exchange algorithm (Kneser and Ney 1993, Martin, Liermann and Ney 1998): units (words, or
 * classes of a finer clustering) are moved one at a time to the class that most raises the likelihood of a class
 * bigram model of the text, until few move. It optimises the same objective as Brown clustering (the mutual
 * information of adjacent classes) but costs, per pass, the number of distinct bigrams times the number of classes
 * rather than the vocabulary times the square of the classes, which keeps a few million tokens to a minute.
 *
 * <p>Written here because no library on Maven Central offers word clustering; the algorithm is short. The objective
 * is {@code sum f(N(k,l)) - 2 sum f(N(k))} with {@code f(x) = x ln x}; the gain of a move is computed exactly except
 * that a unit's bigrams with its own new class are counted as two separate additions.
 */
final class ExchangeClustering {
    /** Bigram counts of the units: for unit u, its right neighbours (unit, count) and left neighbours. */
    record Bigrams(int units, long[] unitCounts, int[][] right, int[][] rightCounts, int[][] left, int[][] leftCounts,
                   long[] selfCounts) {
    }

    private final Bigrams data;
    private final int classes;
    private final int[] cls;
    /** n[k * C + l]: bigrams of class k followed by class l; nt is its transpose (columns read as rows). */
    private final long[] n;
    private final long[] nt;
    private final long[] classCounts;
    private final double[] table;

    ExchangeClustering(Bigrams data, int classes) {
        this.data = data;
        this.classes = classes;
        this.cls = new int[data.units()];
        this.n = new long[classes * classes];
        this.nt = new long[classes * classes];
        this.classCounts = new long[classes];
        this.table = new double[1 << 21];
        for (int i = 1; i < table.length; i++) {
            table[i] = i * Math.log(i);
        }
    }

    private double f(long x) {
        return x < table.length ? table[(int) x] : x * Math.log(x);
    }

    /**
     * Clusters the units (numbered by falling frequency) into the classes; unit i starts in class i mod C, so the
     * most frequent units start apart.
     *
     * @return the class of every unit
     */
    int[] run(int maxPasses, double stopFraction) {
        for (int u = 0; u < data.units(); u++) {
            cls[u] = u % classes;
        }
        // each bigram once, as its left unit's right neighbour (adding every unit with add() would count it twice)
        for (int u = 0; u < data.units(); u++) {
            int k = cls[u];
            int[] right = data.right()[u];
            int[] rightCounts = data.rightCounts()[u];
            for (int i = 0; i < right.length; i++) {
                int l = cls[right[i]];
                n[k * classes + l] += rightCounts[i];
                nt[l * classes + k] += rightCounts[i];
            }
            n[k * classes + k] += data.selfCounts()[u];
            nt[k * classes + k] += data.selfCounts()[u];
            classCounts[k] += data.unitCounts()[u];
        }
        for (int pass = 1; pass <= maxPasses; pass++) {
            int moved = 0;
            for (int u = 0; u < data.units(); u++) {
                moved += move(u) ? 1 : 0;
            }
            System.err.printf(Locale.ROOT, "  %d classes, pass %d: %d of %d units moved, objective %.6e%n", classes,
                    pass, moved, data.units(), objective());
            if (moved <= stopFraction * data.units()) {
                break;
            }
        }
        return cls.clone();
    }

    /** Adds (+1) or removes (-1) unit u's counts to or from class k. */
    private void add(int u, int k, int sign) {
        int[] right = data.right()[u];
        int[] rightCounts = data.rightCounts()[u];
        for (int i = 0; i < right.length; i++) {
            int l = cls[right[i]];
            n[k * classes + l] += sign * rightCounts[i];
            nt[l * classes + k] += sign * rightCounts[i];
        }
        int[] left = data.left()[u];
        int[] leftCounts = data.leftCounts()[u];
        for (int i = 0; i < left.length; i++) {
            int j = cls[left[i]];
            n[j * classes + k] += sign * leftCounts[i];
            nt[k * classes + j] += sign * leftCounts[i];
        }
        n[k * classes + k] += sign * data.selfCounts()[u];
        nt[k * classes + k] += sign * data.selfCounts()[u];
        classCounts[k] += sign * data.unitCounts()[u];
    }

    private final double[] gains = new double[1 << 12];
    private final long[] byClass = new long[1 << 12];

    /** Moves unit u to its best class; whether it changed class. */
    private boolean move(int u) {
        int from = cls[u];
        add(u, from, -1);
        double[] gain = gains;
        Arrays.fill(gain, 0, classes, 0);
        // right neighbours, grouped by class: adding u to b raises N(b, l) by the count
        accumulate(data.right()[u], data.rightCounts()[u], nt, gain);
        accumulate(data.left()[u], data.leftCounts()[u], n, gain);
        long self = data.selfCounts()[u];
        long count = data.unitCounts()[u];
        int best = from;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < classes; b++) {
            double g = gain[b] - 2 * (f(classCounts[b] + count) - f(classCounts[b]));
            if (self > 0) {
                long bb = n[b * classes + b];
                g += f(bb + self) - f(bb);
            }
            if (g > bestGain + 1e-9 || (b == from && g >= bestGain - 1e-9)) {
                bestGain = g;
                best = b;
            }
        }
        cls[u] = best;
        add(u, best, +1);
        return best != from;
    }

    /**
     * For each class l among the neighbours (with summed count c), adds f(M[l][b] + c) - f(M[l][b]) to gain[b] for
     * every b, where M is the matrix whose row l holds the counts the move changes.
     */
    private void accumulate(int[] neighbours, int[] counts, long[] matrix, double[] gain) {
        long[] sum = byClass;
        int[] touched = new int[neighbours.length];
        int t = 0;
        for (int i = 0; i < neighbours.length; i++) {
            int l = cls[neighbours[i]];
            if (sum[l] == 0) {
                touched[t++] = l;
            }
            sum[l] += counts[i];
        }
        for (int i = 0; i < t; i++) {
            int l = touched[i];
            long c = sum[l];
            sum[l] = 0;
            int base = l * classes;
            for (int b = 0; b < classes; b++) {
                long x = matrix[base + b];
                gain[b] += f(x + c) - f(x);
            }
        }
    }

    private double objective() {
        double o = 0;
        for (long x : n) {
            o += x > 0 ? f(x) : 0;
        }
        for (long x : classCounts) {
            o -= x > 0 ? 2 * f(x) : 0;
        }
        return o;
    }

    /** The class bigrams of this clustering as units for a coarser one (class k becomes unit k). */
    Bigrams asUnits() {
        int c = classes;
        int[][] right = new int[c][];
        int[][] rightCounts = new int[c][];
        int[][] left = new int[c][];
        int[][] leftCounts = new int[c][];
        long[] self = new long[c];
        for (int k = 0; k < c; k++) {
            right[k] = nonZero(n, k * c, c, k);
            rightCounts[k] = counts(n, k * c, right[k]);
            left[k] = nonZero(nt, k * c, c, k);
            leftCounts[k] = counts(nt, k * c, left[k]);
            self[k] = n[k * c + k];
        }
        return new Bigrams(c, classCounts.clone(), right, rightCounts, left, leftCounts, self);
    }

    private static int[] nonZero(long[] m, int base, int c, int skip) {
        int size = 0;
        for (int l = 0; l < c; l++) {
            if (l != skip && m[base + l] > 0) {
                size++;
            }
        }
        int[] out = new int[size];
        int i = 0;
        for (int l = 0; l < c; l++) {
            if (l != skip && m[base + l] > 0) {
                out[i++] = l;
            }
        }
        return out;
    }

    private static int[] counts(long[] m, int base, int[] cols) {
        int[] out = new int[cols.length];
        for (int i = 0; i < cols.length; i++) {
            out[i] = (int) Math.min(Integer.MAX_VALUE, m[base + cols[i]]);
        }
        return out;
    }
}
