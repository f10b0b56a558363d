package dev.lede.entity.train;

import dev.lede.annotation.EntityType;
import dev.lede.entity.model.FeatureExtractor;
import dev.lede.entity.model.FeatureHasher;
import dev.lede.entity.model.FeatureScorer;
import dev.lede.entity.model.LongIntMap;
import dev.lede.entity.model.Viterbi;
import dev.lede.entity.model.TagSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the averaged structured perceptron (Collins 2002): each sentence is decoded with {@link Viterbi}, exactly as
 * the tagger decodes; when the best sequence differs from the gold one, the features of the gold sequence gain and
 * those of the predicted one lose (static features where the tags differ, transition features where the tag pairs
 * differ). The returned weights are averaged over all steps (the usual cure for the perceptron's sensitivity to the
 * last examples). Static features seen fewer than the minimum count were dropped by the caller, which prunes the
 * model. Not thread-safe; several trainers may run at once over the same examples.
 */
public final class PerceptronTrainer {
    private static final int T = TagSet.SIZE;
    /** Tags a word that a corpus without MISC left O may take in its gold sequence: O, MISC or NORP. */
    private static final int UNANNOTATED = 1 << TagSet.OUTSIDE | 1 << TagSet.begin(EntityType.MISC)
            | 1 << TagSet.inside(EntityType.MISC) | 1 << TagSet.begin(EntityType.NORP)
            | 1 << TagSet.inside(EntityType.NORP);

    private final boolean corpusCopies;
    /** Features that are a corpus's own copy: trained, then left out of the model. */
    private final LongIntMap corpusKeys = new LongIntMap(1 << 20);
    private final LongIntMap rows = new LongIntMap(1 << 20);
    private float[] weights = new float[(1 << 20) * T];
    private double[] totals = new double[(1 << 20) * T];
    private long step = 1;
    private final Viterbi viterbi = new Viterbi();

    /**
     * @param corpusCopies whether each static feature also gets a copy of its own per corpus ("frustratingly easy
     *                     domain adaptation", Daume 2007): the copies absorb what one corpus annotates its own way
     *                     (GMB's capitals as governments, CoNLL's teams as places), the shared feature learns what
     *                     the corpora agree on; {@link #fold} decides how much of which copies ship
     */
    public PerceptronTrainer(boolean corpusCopies) {
        this.corpusCopies = corpusCopies;
    }

    /**
     * A training sentence with its static features (pruned), the second stage's document evidence (null for the
     * first stage), and how often it is seen per epoch on average: whole repeats and a random share of one more.
     */
    public record Example(TrainingSentence sentence, long[][] features, long[][] evidence, double weight) {
        Example withEvidence(long[][] rows) {
            return new Example(sentence, features, rows, weight);
        }
    }

    /** The averaged model: feature hashes and their weight rows, rows with only tiny weights left out. */
    public record Result(long[] keys, float[] weights, long[] copyKeys) {
    }

    /** Corpus {@code corpus}'s own copy of static feature {@code feature}. */
    static long copyKey(long feature, int corpus) {
        return FeatureHasher.finish(FeatureHasher.add(feature * 0x9E3779B97F4A7C15L, corpus + 1));
    }

    /**
     * The weights to ship: each shared feature's row plus {@code alpha} times the row of each listed corpus's copy
     * of it (its own copy fires whenever the shared feature does, so folding it in is what tagging "as that corpus
     * annotates" would do), and no copies. Empty alphas: the shared features alone.
     */
    public static Result fold(Result r, Map<Integer, Double> alphas) {
        LongIntMap rowOf = new LongIntMap(r.keys().length);
        for (int i = 0; i < r.keys().length; i++) {
            rowOf.put(r.keys()[i], i);
        }
        LongIntMap copies = new LongIntMap(r.copyKeys().length + 16);
        for (long k : r.copyKeys()) {
            copies.put(k, 1);
        }
        List<Long> keys = new ArrayList<>();
        float[] out = new float[r.keys().length * T];
        for (int i = 0; i < r.keys().length; i++) {
            long key = r.keys()[i];
            if (copies.get(key) >= 0) {
                continue;
            }
            int base = keys.size() * T;
            System.arraycopy(r.weights(), i * T, out, base, T);
            for (Map.Entry<Integer, Double> a : alphas.entrySet()) {
                int row = rowOf.get(copyKey(key, a.getKey()));
                if (row >= 0) {
                    for (int t = 0; t < T; t++) {
                        out[base + t] += (float) (a.getValue() * r.weights()[row * T + t]);
                    }
                }
            }
            keys.add(key);
        }
        return new Result(keys.stream().mapToLong(Long::longValue).toArray(),
                Arrays.copyOf(out, keys.size() * T), new long[0]);
    }

    /** A scorer over a result's rows (a folded model, for decoding while training the next stage). */
    public static FeatureScorer scorer(Result r) {
        LongIntMap rowOf = new LongIntMap(r.keys().length);
        for (int i = 0; i < r.keys().length; i++) {
            rowOf.put(r.keys()[i], i);
        }
        float[] w = r.weights();
        return (feature, scores) -> {
            int row = rowOf.get(feature);
            if (row >= 0) {
                for (int t = 0; t < T; t++) {
                    scores[t] += w[row * T + t];
                }
            }
        };
    }

    public Result train(List<Example> examples, int epochs, long seed, String label) {
        Random random = new Random(seed);
        FeatureScorer current = this::addCurrent;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                double w = examples.get(i).weight();
                for (int r = 0; r < (int) w; r++) {
                    order.add(i);
                }
                if (random.nextDouble() < w - (int) w) {
                    order.add(i);
                }
            }
            Collections.shuffle(order, random);
            int errors = 0;
            int total = 0;
            for (int idx : order) {
                Example e = examples.get(idx);
                errors += trainSentence(e, current);
                total += e.sentence().to() - e.sentence().from();
            }
            System.err.printf(Locale.ROOT, "%s epoch %d: %d errors over %d words (%.3f%%), %d features%n",
                    label, epoch, errors, total, 100.0 * errors / total, rows.size());
        }
        return average();
    }

    /** One structured-perceptron step; returns the number of words tagged wrong. */
    private int trainSentence(Example e, FeatureScorer current) {
        TrainingSentence s = e.sentence();
        int from = s.from();
        int to = s.to();
        int n = to - from;
        long[][] rowsOfWords = new long[n][];
        for (int k = 0; k < n; k++) {
            long[] row = corpusCopies ? withCorpusCopies(e.features()[k], s.corpus()) : e.features()[k];
            if (e.evidence() != null && e.evidence()[k] != null) {
                long[] ev = e.evidence()[k];
                long[] both = Arrays.copyOf(row, row.length + ev.length);
                System.arraycopy(ev, 0, both, row.length, ev.length);
                row = both;
            }
            rowsOfWords[k] = row;
        }
        int[] predicted = new int[s.words().size()];
        viterbi.decode(s.words(), from, to, rowsOfWords, null, current, null, predicted);
        int[] gold = s.tags();
        if (!s.annotatesMisc()) {
            // a corpus without MISC leaves MISC names as O: the gold sequence is the best one that keeps its names
            // and may call its O words MISC or NORP (a latent-variable perceptron)
            int[] allowed = new int[n];
            for (int k = 0; k < n; k++) {
                allowed[k] = gold[from + k] == TagSet.OUTSIDE ? UNANNOTATED : 1 << gold[from + k];
            }
            int[] latent = new int[s.words().size()];
            viterbi.decode(s.words(), from, to, rowsOfWords, null, current, allowed, latent);
            gold = latent;
        }
        int errors = 0;
        long[] transitions = new long[FeatureExtractor.TRANSITION_FEATURES];
        for (int i = from; i < to; i++) {
            int g = gold[i];
            int p = predicted[i];
            int gPrev = i == from ? TagSet.OUTSIDE : gold[i - 1];
            int pPrev = i == from ? TagSet.OUTSIDE : predicted[i - 1];
            if (g != p) {
                errors++;
                for (long h : rowsOfWords[i - from]) {
                    update(h, g, 1);
                    update(h, p, -1);
                }
            }
            if (g != p || gPrev != pPrev) {
                String w = s.words().word(i);
                long wordStart = FeatureExtractor.transitionStart(FeatureExtractor.WORD_TRANSITION,
                        w.toLowerCase(Locale.ROOT));
                long shapeStart = FeatureExtractor.transitionStart(FeatureExtractor.SHAPE_TRANSITION,
                        FeatureExtractor.shape(w));
                FeatureExtractor.transitionFeatures(gPrev, wordStart, shapeStart, transitions);
                for (long h : transitions) {
                    update(h, g, 1);
                }
                FeatureExtractor.transitionFeatures(pPrev, wordStart, shapeStart, transitions);
                for (long h : transitions) {
                    update(h, p, -1);
                }
            }
        }
        step++;
        return errors;
    }

    /** The static features followed by this corpus's copy of each. */
    private long[] withCorpusCopies(long[] row, int corpus) {
        long[] out = Arrays.copyOf(row, row.length * 2);
        for (int i = 0; i < row.length; i++) {
            long copy = copyKey(row[i], corpus);
            out[row.length + i] = copy;
            if (corpusKeys.get(copy) < 0) {
                corpusKeys.put(copy, 1);
            }
        }
        return out;
    }

    private void addCurrent(long feature, float[] scores) {
        int row = rows.get(feature);
        if (row >= 0) {
            int base = row * T;
            for (int t = 0; t < T; t++) {
                scores[t] += weights[base + t];
            }
        }
    }

    private void update(long feature, int tag, int delta) {
        int row = rows.get(feature);
        if (row < 0) {
            row = rows.size();
            rows.put(feature, row);
            if ((row + 1) * T > weights.length) {
                weights = Arrays.copyOf(weights, weights.length * 2);
                totals = Arrays.copyOf(totals, totals.length * 2);
            }
        }
        int i = row * T + tag;
        weights[i] += delta;
        totals[i] += (double) step * delta;
    }

    private Result average() {
        long[] all = rows.keys();
        List<Long> keptKeys = new ArrayList<>();
        float[] avg = new float[all.length * T];
        int kept = 0;
        for (long key : all) {
            int base = rows.get(key) * T;
            float max = 0;
            float[] row = new float[T];
            for (int t = 0; t < T; t++) {
                row[t] = (float) (weights[base + t] - totals[base + t] / step);
                max = Math.max(max, Math.abs(row[t]));
            }
            if (max < 1e-3f) {
                continue;
            }
            System.arraycopy(row, 0, avg, kept * T, T);
            keptKeys.add(key);
            kept++;
        }
        long[] keys = keptKeys.stream().mapToLong(Long::longValue).toArray();
        return new Result(keys, Arrays.copyOf(avg, kept * T), corpusKeys.keys());
    }

    /** The mean of several models' weights (a feature missing from a model counts as zero there). */
    public static Result average(List<Result> runs) {
        if (runs.size() == 1) {
            return runs.get(0);
        }
        LongIntMap rowOf = new LongIntMap(1 << 18);
        List<Long> keys = new ArrayList<>();
        float[] sum = new float[0];
        for (Result r : runs) {
            for (int i = 0; i < r.keys().length; i++) {
                int row = rowOf.get(r.keys()[i]);
                if (row < 0) {
                    row = keys.size();
                    rowOf.put(r.keys()[i], row);
                    keys.add(r.keys()[i]);
                    if (keys.size() * T > sum.length) {
                        sum = Arrays.copyOf(sum, Math.max(1024, sum.length * 2));
                    }
                }
                for (int t = 0; t < T; t++) {
                    sum[row * T + t] += r.weights()[i * T + t] / runs.size();
                }
            }
        }
        LongIntMap copies = new LongIntMap(1 << 16);
        for (Result r : runs) {
            for (long k : r.copyKeys()) {
                copies.put(k, 1);
            }
        }
        return new Result(keys.stream().mapToLong(Long::longValue).toArray(),
                Arrays.copyOf(sum, keys.size() * T), copies.keys());
    }
}
