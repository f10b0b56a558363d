package dev.lede.entity.model;

import dev.lede.analyzer.Cancellation;
import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags names in a word sequence with BIO tags in two stages, each decoded exactly per sentence with {@link Viterbi}:
 * the first stage reads each sentence alone; the second reads it again with what the first stage found elsewhere in
 * the article ({@link DocumentEvidence}). Without a second-stage model only the first runs.
 *
 * <p>Why a hand-written averaged perceptron rather than OpenNLP's NameFinderME: the tagger must run at well over a
 * hundred thousand tokens per second on one thread next to the other analyzers. NameFinderME builds string features
 * through its generator chain and runs a beam search with a maxent model per token, which is several times
 * slower; hashed features and first-order Viterbi over eleven tags keep the cost a flat array walk per feature.
 */
public final class SequenceTagger {
    private final FeatureExtractor features;
    private final FeatureScorer first;
    private final FeatureScorer second;

    /** @param second the second stage's weights, or null to tag with the first stage alone */
    public SequenceTagger(Gazetteer gazetteer, WordClusters clusters, FeatureScorer first, FeatureScorer second) {
        this.features = new FeatureExtractor(gazetteer, clusters);
        this.first = first;
        this.second = second;
    }

    public FeatureExtractor features() {
        return features;
    }

    /** BIO tags for every word of the sequence. */
    public int[] tag(Words words) {
        int[] tags = new int[words.size()];
        DocumentContext context = DocumentContext.of(words);
        Viterbi viterbi = new Viterbi();
        List<long[][]> sentences = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Cancellation.check(); // once per sentence: an over-budget document stops here
            int end = words.sentenceEnd()[i];
            long[][] f = features.sentenceFeatures(words, i, end, context);
            viterbi.decode(words, i, end, f, null, first, null, tags);
            if (second != null) {
                sentences.add(f);
            }
            i = end;
        }
        if (second == null) {
            return tags;
        }
        long[][] evidence = DocumentEvidence.features(List.of(new DocumentEvidence.Segment(words, 0, words.size(),
                tags)))[0];
        int[] out = new int[words.size()];
        i = 0;
        for (long[][] f : sentences) {
            Cancellation.check();
            int end = words.sentenceEnd()[i];
            viterbi.decode(words, i, end, f, java.util.Arrays.copyOfRange(evidence, i, end), second, null, out);
            i = end;
        }
        return out;
    }

    /** The tagged names. */
    public List<NameSpan> names(Words words) {
        return spans(tag(words));
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
