package dev.lede.entity.model;

import dev.lede.analyzer.Cancellation;
import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
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
    private static final int T = TagSet.SIZE;

    private final FeatureExtractor features;
    private final StagedModel model;
    /** Each thread's decoding buffers, reused from article to article instead of allocated per word. */
    private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(Buffers::new);

    public SequenceTagger(Gazetteer gazetteer, WordClusters clusters, StagedModel model) {
        this.features = new FeatureExtractor(gazetteer, clusters);
        this.model = model;
    }

    public FeatureExtractor features() {
        return features;
    }

    /**
     * BIO tags for every word of the sequence. The first pass scores each sentence's static features for both
     * stages at once and keeps the second stage's sums and the rows of the transition features it looked up; the
     * second pass adds the document evidence and decodes again without hashing anything twice.
     */
    public int[] tag(Words words) {
        int size = words.size();
        int[] tags = new int[size];
        DocumentContext context = DocumentContext.of(words);
        Buffers b = buffers.get();
        boolean twoStages = model.hasSecondStage();
        float[] second = twoStages ? b.secondStage(size) : null;
        StagedTransitions transitions = b.transitions(model, words, size);
        int i = 0;
        while (i < size) {
            Cancellation.check(); // once per sentence: an over-budget document stops here
            int end = words.sentenceEnd()[i];
            int n = end - i;
            long[][] f = features.sentenceFeatures(words, i, end, context);
            float[] first = b.firstStage(n);
            for (int k = 0; k < n; k++) {
                model.addStatic(f[k], k, first, second, i * T, b.rows(f[k].length));
            }
            transitions.sentence(i, 0, true);
            b.viterbi.decode(n, first, 0, transitions, null, tags, i);
            i = end;
        }
        if (!twoStages) {
            return tags;
        }
        long[][] evidence = DocumentEvidence.features(List.of(new DocumentEvidence.Segment(words, 0, size,
                tags)))[0];
        for (int w = 0; w < size; w++) {
            if (evidence[w] != null) {
                model.addSecond(evidence[w], second, w * T);
            }
        }
        int[] out = new int[size];
        i = 0;
        while (i < size) {
            Cancellation.check();
            int end = words.sentenceEnd()[i];
            transitions.sentence(i, 1, false);
            b.viterbi.decode(end - i, second, i * T, transitions, null, out, i);
            i = end;
        }
        return out;
    }

    /** One thread's reusable arrays; they grow to the longest article seen. */
    private static final class Buffers {
        final Viterbi viterbi = new Viterbi();
        private float[] first = new float[64 * T];
        private float[] second = new float[1024 * T];
        private StagedTransitions transitions;
        private int[] rows = new int[128];

        /** Scratch space for the rows of {@code n} features. */
        int[] rows(int n) {
            if (rows.length < n) {
                rows = new int[2 * n];
            }
            return rows;
        }

        /** Zeroed scores for a sentence of {@code n} words. */
        float[] firstStage(int n) {
            if (first.length < n * T) {
                first = new float[n * T * 2];
            }
            Arrays.fill(first, 0, n * T, 0f);
            return first;
        }

        /** Zeroed second-stage scores for an article of {@code size} words. */
        float[] secondStage(int size) {
            if (second.length < size * T) {
                second = new float[size * T * 2];
            }
            Arrays.fill(second, 0, size * T, 0f);
            return second;
        }

        StagedTransitions transitions(StagedModel model, Words words, int size) {
            if (transitions == null || transitions.model != model) {
                transitions = new StagedTransitions(model);
            }
            transitions.article(words, size);
            return transitions;
        }
    }

    /**
     * The transition scores of a {@link StagedModel}: the first pass hashes each word's transition features and looks
     * them up, keeping the rows found; the second pass reads the second stage's weights from those rows.
     */
    private static final class StagedTransitions implements Viterbi.Transitions {
        private final StagedModel model;
        private final TransitionRows cache;
        /**
         * Per word of the article, the rows of its word transition feature from each previous tag, then those of its
         * shape transition feature: {@code 2 * T} a word.
         */
        private int[] rows = new int[1024 * T * 2];
        private Words words;
        private int sentenceStart;
        private int stage;
        private boolean lookUp;
        private int word;

        StagedTransitions(StagedModel model) {
            this.model = model;
            this.cache = new TransitionRows(model);
        }

        void article(Words words, int size) {
            this.words = words;
            if (rows.length < size * T * 2) {
                rows = new int[size * T * 4];
            }
        }

        /** The next sentence to decode starts at article word {@code start}; {@code lookUp} on its first pass. */
        void sentence(int start, int stage, boolean lookUp) {
            this.sentenceStart = start;
            this.stage = stage;
            this.lookUp = lookUp;
        }

        /** On the first pass, finds the word's transition rows from every previous tag at once. */
        @Override
        public void word(int k) {
            word = sentenceStart + k;
            if (lookUp) {
                String w = words.word(word);
                int at = word * T * 2;
                // the hash of transitionStart(WORD_TRANSITION, w.toLowerCase(ROOT)), without making the string
                cache.copy(FeatureHasher.addLowerCase(FeatureHasher.start(FeatureExtractor.WORD_TRANSITION), w), false,
                        rows, at);
                cache.copy(FeatureExtractor.transitionStart(FeatureExtractor.SHAPE_TRANSITION,
                        FeatureExtractor.shape(w)), true, rows, at + T);
            }
        }

        @Override
        public void scores(int prev, float[] into) {
            int at = word * T * 2 + prev;
            model.previousOnly(stage, prev, into);
            model.addRow(rows[at], stage, into, 0);
            model.addRow(rows[at + T], stage, into, 0);
        }
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
