package dev.lede.entity.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * Exact first-order decoding of one sentence: the tag sequence with the highest total score, where a word's score
 * for a tag is the sum of its static features' weights plus the weights of the transition features from the
 * previous tag ({@link FeatureExtractor#transitionFeatures}), and only BIO-well-formed sequences count (an I tag
 * continues a name of its type). Shared by the tagger and the trainer, so that training decodes exactly as tagging
 * does (the structured perceptron, Collins 2002). Cost: {@link TagSet#SIZE} squared per word, linear in the
 * sentence. Not thread-safe: one instance per thread (it reuses its buffers).
 */
public final class Viterbi {
    private static final int T = TagSet.SIZE;
    private static final boolean[][] ALLOWED = new boolean[T][T];

    static {
        for (int p = 0; p < T; p++) {
            for (int t = 0; t < T; t++) {
                ALLOWED[p][t] = TagSet.allowed(p, t);
            }
        }
    }

    /**
     * The transition scores of a sentence's words, asked for word by word in order: {@link #word} once per word, then
     * {@link #scores} for each previous tag that some well-formed sequence reaches.
     */
    public interface Transitions {
        /** Moves to word {@code k} of the sentence (0-based). */
        void word(int k);

        /** Writes into {@code into} the score of each tag of the current word after tag {@code prev}. */
        void scores(int prev, float[] into);
    }

    private float[] emissions = new float[64 * T];
    private int[] back = new int[64 * T];
    private final float[] delta = new float[T];
    private final float[] next = new float[T];
    private final float[] transition = new float[T];
    private final float[] row = new float[T];
    private final HashedTransitions hashed = new HashedTransitions();

    /**
     * Decodes words {@code [from, to)} into {@code tags[from..to)}.
     *
     * @param staticFeatures row {@code i - from}: the static features of word i
     * @param extraFeatures  null, or more features per word (row {@code i - from}, may be null): the second stage's
     *                       document evidence
     * @param allowedTags    null, or per word (index {@code i - from}) a bit mask of the tags it may take (training
     *                       constrains the gold path of a corpus that leaves some names unannotated)
     */
    public void decode(Words words, int from, int to, long[][] staticFeatures, long[][] extraFeatures,
                       FeatureScorer scorer, int[] allowedTags, int[] tags) {
        int n = to - from;
        if (n == 0) {
            return;
        }
        if (emissions.length < n * T) {
            emissions = new float[n * T * 2];
        }
        for (int k = 0; k < n; k++) {
            Arrays.fill(row, 0f);
            for (long f : staticFeatures[k]) {
                scorer.addScores(f, row);
            }
            if (extraFeatures != null && extraFeatures[k] != null) {
                for (long f : extraFeatures[k]) {
                    scorer.addScores(f, row);
                }
            }
            System.arraycopy(row, 0, emissions, k * T, T);
        }
        hashed.start(words, from, scorer);
        decode(n, emissions, 0, hashed, allowedTags, tags, from);
    }

    /**
     * Decodes a sentence of {@code n} words whose static scores are already summed: word k's score for tag t is
     * {@code emissions[offset + k * T + t]}. Writes the tags to {@code tags[tagsFrom ..]}.
     *
     * @param allowedTags null, or per word a bit mask of the tags it may take
     */
    public void decode(int n, float[] emissions, int offset, Transitions transitions, int[] allowedTags,
                       int[] tags, int tagsFrom) {
        if (n == 0) {
            return;
        }
        if (back.length < n * T) {
            back = new int[n * T * 2];
        }
        // the start behaves as an O before the sentence, as in training
        Arrays.fill(delta, Float.NEGATIVE_INFINITY);
        delta[TagSet.OUTSIDE] = 0f;
        for (int k = 0; k < n; k++) {
            transitions.word(k);
            int mask = allowedTags == null ? -1 : allowedTags[k];
            Arrays.fill(next, Float.NEGATIVE_INFINITY);
            int base = k * T;
            for (int p = 0; p < T; p++) {
                if (delta[p] == Float.NEGATIVE_INFINITY) {
                    continue;
                }
                transitions.scores(p, transition);
                boolean[] allowed = ALLOWED[p];
                float from = delta[p];
                for (int t = 0; t < T; t++) {
                    if (!allowed[t] || (mask & (1 << t)) == 0) {
                        continue;
                    }
                    float s = from + transition[t];
                    if (s > next[t]) {
                        next[t] = s;
                        back[base + t] = p;
                    }
                }
            }
            for (int t = 0; t < T; t++) {
                delta[t] = next[t] == Float.NEGATIVE_INFINITY ? next[t] : next[t] + emissions[offset + base + t];
            }
        }
        int best = TagSet.OUTSIDE;
        for (int t = 0; t < T; t++) {
            if (delta[t] > delta[best]) {
                best = t;
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            tags[tagsFrom + k] = best;
            best = back[k * T + best];
        }
    }

    /** Transition scores looked up feature by feature through a {@link FeatureScorer} (the trainer's weights). */
    private static final class HashedTransitions implements Transitions {
        /** The previous-tag-only transition scores, the same for every word: looked up once per sentence. */
        private final float[][] previousOnly = new float[T][T];
        private final long[] features = new long[FeatureExtractor.TRANSITION_FEATURES];
        private Words words;
        private int from;
        private FeatureScorer scorer;
        private long wordStart;
        private long shapeStart;

        void start(Words words, int from, FeatureScorer scorer) {
            this.words = words;
            this.from = from;
            this.scorer = scorer;
            for (int p = 0; p < T; p++) {
                Arrays.fill(previousOnly[p], 0f);
                scorer.addScores(FeatureExtractor.previousTagFeature(p), previousOnly[p]);
            }
        }

        @Override
        public void word(int k) {
            String w = words.word(from + k);
            wordStart = FeatureExtractor.transitionStart(FeatureExtractor.WORD_TRANSITION, w.toLowerCase(Locale.ROOT));
            shapeStart = FeatureExtractor.transitionStart(FeatureExtractor.SHAPE_TRANSITION, FeatureExtractor.shape(w));
        }

        @Override
        public void scores(int prev, float[] into) {
            System.arraycopy(previousOnly[prev], 0, into, 0, T);
            FeatureExtractor.transitionFeatures(prev, wordStart, shapeStart, features);
            for (int i = 1; i < features.length; i++) { // features[0] is the previous tag alone, added above
                scorer.addScores(features[i], into);
            }
        }
    }
}
