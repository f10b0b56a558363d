package dev.lede.entity.model;

import dev.lede.analyzer.Cancellation;
import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tags names in a word sequence with BIO tags, sentence by sentence, greedily from left to right: each word
 * takes the best-scoring tag allowed after the previous one (an I tag only continues a name of its type).
 *
 * <p>Why a hand-written averaged perceptron rather than OpenNLP's NameFinderME: the tagger must run at tens of
 * thousands of tokens per second on one thread next to the other analyzers. NameFinderME builds string features
 * through its generator chain and runs a beam search with a maxent model per token, which is several times
 * slower; hashed features and greedy decoding with tag-history features keep nearly all of the accuracy
 * (greedy decoding loses little for NER) at a fraction of the cost, and the model file stays a flat array.
 */
public final class SequenceTagger {
    private final FeatureExtractor features;
    private final FeatureScorer scorer;

    public SequenceTagger(Gazetteer gazetteer, WordClusters clusters, FeatureScorer scorer) {
        this.features = new FeatureExtractor(gazetteer, clusters);
        this.scorer = scorer;
    }

    public FeatureExtractor features() {
        return features;
    }

    /** BIO tags for every word of the sequence. */
    public int[] tag(Words words) {
        int[] tags = new int[words.size()];
        DocumentContext context = DocumentContext.of(words);
        int i = 0;
        while (i < words.size()) {
            Cancellation.check(); // once per sentence: an over-budget document stops here
            int end = words.sentenceEnd()[i];
            long[][] f = features.sentenceFeatures(words, i, end, context);
            decode(words, i, end, f, scorer, tags);
            i = end;
        }
        return tags;
    }

    /** The tagged names. */
    public List<NameSpan> names(Words words) {
        return spans(tag(words));
    }

    /** Greedy decoding of sentence {@code [from, to)} into {@code tags[from..to)}. */
    public static void decode(Words words, int from, int to, long[][] staticFeatures, FeatureScorer scorer,
                              int[] tags) {
        float[] scores = new float[TagSet.SIZE];
        long[] history = new long[FeatureExtractor.HISTORY_FEATURES];
        int prev = TagSet.OUTSIDE;
        int prev2 = TagSet.OUTSIDE;
        for (int i = from; i < to; i++) {
            int best = bestTag(words, i, staticFeatures[i - from], prev, prev2, scorer, scores, history);
            tags[i] = best;
            prev2 = prev;
            prev = best;
        }
    }

    /**
     * The best-scoring tag allowed after {@code prev} for word {@code i}, given its static features and the two
     * tags before it; shared with the trainer so that training scores words exactly as tagging does.
     *
     * @param scores  scratch array of {@link TagSet#SIZE}, overwritten
     * @param history filled with the word's tag-history features ({@link FeatureExtractor#HISTORY_FEATURES})
     */
    public static int bestTag(Words words, int i, long[] staticFeatures, int prev, int prev2, FeatureScorer scorer,
                              float[] scores, long[] history) {
        java.util.Arrays.fill(scores, 0f);
        for (long feature : staticFeatures) {
            scorer.addScores(feature, scores);
        }
        String w = words.word(i);
        FeatureExtractor.historyFeatures(prev, prev2, w.toLowerCase(Locale.ROOT), FeatureExtractor.shape(w),
                history);
        for (long feature : history) {
            scorer.addScores(feature, scores);
        }
        int best = TagSet.OUTSIDE;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < TagSet.SIZE; t++) {
            if (scores[t] > bestScore && TagSet.allowed(prev, t)) {
                best = t;
                bestScore = scores[t];
            }
        }
        return best;
    }

    /** Name spans from BIO tags. */
    public static List<NameSpan> spans(int[] tags) {
        List<NameSpan> out = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i] == TagSet.OUTSIDE) {
                i++;
                continue;
            }
            EntityType type = TagSet.type(tags[i]);
            int j = i + 1;
            while (j < tags.length && TagSet.isInside(tags[j]) && TagSet.type(tags[j]) == type) {
                j++;
            }
            out.add(new NameSpan(i, j, type));
            i = j;
        }
        return out;
    }
}
