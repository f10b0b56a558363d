package dev.lede.entity.model;

/**
 * The rows in a {@link StagedModel} of one word's (or one shape's) transition features from every previous tag,
 * remembered for the words seen last. Looking them up costs {@link TagSet#SIZE} probes of a table of megabytes,
 * mostly cache misses; news repeats its words ("the", ",", "said", the article's names) and a few dozen shapes, so
 * most words find their rows here in one small array. Direct-mapped: a word whose slot another word took is looked
 * up again. A cache rather than a precomputed table because the model stores hashes only: which words have
 * transition features is known only by asking. Not thread-safe: one per thread.
 */
final class TransitionRows {
    private static final int T = TagSet.SIZE;
    /** 8,192 words and shapes: about 420 KB a thread, which holds the words that make up most of news text. */
    private static final int BITS = 13;

    private final StagedModel model;
    private final int bits;
    /** The hash state of each cached word or shape, before the previous tag; 0 for an empty slot. */
    private final long[] keys;
    private final int[] rows;
    private final long[] hashes = new long[FeatureExtractor.TRANSITION_FEATURES];

    TransitionRows(StagedModel model) {
        this(model, BITS);
    }

    /** @param bits the cache holds {@code 2^bits} words and shapes */
    TransitionRows(StagedModel model, int bits) {
        this.model = model;
        this.bits = bits;
        this.keys = new long[1 << bits];
        this.rows = new int[(1 << bits) * T];
    }


    /**
     * Writes to {@code into[at + prev]} the row of the transition feature of {@code start} (a
     * {@link FeatureExtractor#transitionStart} state) from each previous tag, -1 where the model has none.
     *
     * @param shape whether {@code start} is of the shape template (else of the word template)
     */
    void copy(long start, boolean shape, int[] into, int at) {
        int slot = (int) ((start * 0x9E3779B97F4A7C15L) >>> (64 - bits));
        int base = slot * T;
        if (keys[slot] != start || start == 0) {
            for (int prev = 0; prev < T; prev++) {
                FeatureExtractor.transitionFeatures(prev, shape ? 0 : start, shape ? start : 0, hashes);
                rows[base + prev] = model.row(hashes[shape ? 2 : 1]);
            }
            keys[slot] = start;
        }
        System.arraycopy(rows, base, into, at, T);
    }
}
