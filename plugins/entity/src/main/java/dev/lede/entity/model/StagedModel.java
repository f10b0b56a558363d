package dev.lede.entity.model;

/**
 * Both stages' weights behind one hash probe: the tagger scores every static feature for the first and the second
 * stage (which shares the first stage's features and adds {@link DocumentEvidence}), so a feature's row holds the
 * first stage's {@link TagSet#SIZE} weights followed by the second's. Built once at load time from the two
 * {@link PerceptronModel}s; a feature that one stage lacks has zeros there, and adding zero leaves a score as it
 * was, so the tags are exactly those of scoring each model on its own, at half the look-ups. Immutable and
 * thread-safe.
 */
public final class StagedModel {
    private static final int T = TagSet.SIZE;

    private final LongIntMap index;
    /** Quantised weights (see {@link PerceptronModel.Weights}); a row is T of the first stage, then T of the second. */
    private final short[] weights;
    /** Each stage's scale: a weight is {@code weights[i] * scale[stage]}. */
    private final float[] scale;
    /** Weights a row: T with one stage, 2T with two. */
    private final int stride;
    private final boolean secondStage;
    /** The previous-tag-only transition scores of each stage, {@code [stage][prev * T + tag]}: the same everywhere. */
    private final float[][] previousOnly;

    private StagedModel(LongIntMap index, short[] weights, float[] scale, int stride, boolean secondStage) {
        this.index = index;
        this.weights = weights;
        this.scale = scale;
        this.stride = stride;
        this.secondStage = secondStage;
        this.previousOnly = new float[secondStage ? 2 : 1][T * T];
        for (int p = 0; p < T; p++) {
            int row = index.get(FeatureExtractor.previousTagFeature(p));
            for (int stage = 0; stage < previousOnly.length && row >= 0; stage++) {
                for (int t = 0; t < T; t++) {
                    previousOnly[stage][p * T + t] += weights[row * stride + stage * T + t] * scale[stage];
                }
            }
        }
    }

    /** @param second the second stage, or null to tag with the first alone */
    public static StagedModel of(PerceptronModel first, PerceptronModel second) {
        return of(first.asWeights(), second == null ? null : second.asWeights());
    }

    /**
     * Merges the keys and weights of two stages as read from their files (feature i of a stage has the weights
     * from {@code i * T}).
     *
     * @param second the second stage, or null to tag with the first alone
     */
    public static StagedModel of(PerceptronModel.Weights first, PerceptronModel.Weights second) {
        long[] firstKeys = first.keys();
        long[] secondKeys = second == null ? new long[0] : second.keys();
        int stride = second == null ? T : 2 * T;
        // sized for the second stage's own features too (about a tenth of them), so that the index never grows
        LongIntMap index = new LongIntMap(firstKeys.length + secondKeys.length / 8);
        for (int i = 0; i < firstKeys.length; i++) {
            index.put(firstKeys[i], i);
        }
        int rows = firstKeys.length;
        int[] secondRows = new int[secondKeys.length];
        for (int i = 0; i < secondKeys.length; i++) {
            int row = index.get(secondKeys[i]);
            if (row < 0) {
                row = rows++;
                index.put(secondKeys[i], row);
            }
            secondRows[i] = row;
        }
        short[] weights = new short[rows * stride];
        for (int i = 0; i < firstKeys.length; i++) {
            System.arraycopy(first.quantised(), i * T, weights, i * stride, T);
        }
        for (int i = 0; i < secondKeys.length; i++) {
            System.arraycopy(second.quantised(), i * T, weights, secondRows[i] * stride + T, T);
        }
        float[] scale = {first.scale(), second == null ? 0f : second.scale()};
        return new StagedModel(index, weights, scale, stride, second != null);
    }

    /** The same weights, tagging with the first stage alone (to measure what the second adds). */
    public StagedModel firstStageOnly() {
        return secondStage ? new StagedModel(index, weights, scale, stride, false) : this;
    }

    public boolean hasSecondStage() {
        return secondStage;
    }

    /** Distinct features of both stages. */
    public int features() {
        return index.size();
    }

    /** The row of a feature, or -1 when neither stage has it. */
    int row(long feature) {
        return index.get(feature);
    }

    /**
     * Adds each feature's weights to word k's scores of both stages: {@code first[k * T ..]} and, with a second
     * stage, {@code second[secondOffset + k * T ..]}. All the features' rows are looked up before any weight is
     * added: the look-ups are independent of each other, so the processor can wait for several cache misses at once
     * instead of one after another.
     *
     * @param rows scratch space of at least {@code features.length}
     */
    void addStatic(long[] features, int k, float[] first, float[] second, int secondOffset, int[] rows) {
        int n = features.length;
        for (int j = 0; j < n; j++) {
            rows[j] = index.get(features[j]);
        }
        int a = k * T;
        int b = secondOffset + k * T;
        float scale1 = scale[0];
        float scale2 = scale[1];
        for (int j = 0; j < n; j++) {
            int row = rows[j];
            if (row < 0) {
                continue;
            }
            int base = row * stride;
            for (int t = 0; t < T; t++) {
                first[a + t] += weights[base + t] * scale1;
            }
            if (secondStage) {
                for (int t = 0; t < T; t++) {
                    second[b + t] += weights[base + T + t] * scale2;
                }
            }
        }
    }

    /** Adds the second stage's weights of each feature to {@code scores[offset ..]}. */
    void addSecond(long[] features, float[] scores, int offset) {
        for (long f : features) {
            addRow(index.get(f), 1, scores, offset);
        }
    }

    /** Adds row {@code row}'s weights of one stage (0 or 1) to {@code scores[offset ..]}; nothing for row -1. */
    void addRow(int row, int stage, float[] scores, int offset) {
        if (row < 0) {
            return;
        }
        int base = row * stride + stage * T;
        float s = scale[stage];
        for (int t = 0; t < T; t++) {
            scores[offset + t] += weights[base + t] * s;
        }
    }

    /** Copies the previous-tag-only transition scores of one stage from tag {@code prev} into {@code into}. */
    void previousOnly(int stage, int prev, float[] into) {
        System.arraycopy(previousOnly[stage], prev * T, into, 0, T);
    }
}
