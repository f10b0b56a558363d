package dev.lede.entity.train;

import dev.lede.annotation.EntityType;
import dev.lede.entity.model.FeatureExtractor;
import dev.lede.entity.model.FeatureHasher;
import dev.lede.entity.model.FeatureScorer;
import dev.lede.entity.model.LongIntMap;
import dev.lede.entity.model.SequenceTagger;
import dev.lede.entity.model.TagSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the averaged perceptron: for each word, predict a tag from its features and the gold tags on its left;
 * on a mistake, add the features to the gold tag's weights and subtract them from the predicted tag's. The
 * returned weights are averaged over all steps (the usual cure for the perceptron's sensitivity to the last
 * examples). Static features seen fewer than {@code minCount} times are dropped, which prunes the model.
 */
public final class PerceptronTrainer {
    private final FeatureExtractor features;
    private final int minCount;
    private final boolean corpusCopies;
    /** Features that are a corpus's own copy: trained, then left out of the model. */
    private final LongIntMap corpusKeys = new LongIntMap(1 << 20);
    private final LongIntMap rows = new LongIntMap(1 << 20);
    private float[] weights = new float[(1 << 20) * TagSet.SIZE];
    private double[] totals = new double[(1 << 20) * TagSet.SIZE];
    private long step = 1;

    /**
     * @param corpusCopies whether each static feature also gets a copy of its own per corpus ("frustratingly easy
     *                     domain adaptation", Daume 2007): the copies absorb what one corpus annotates its own way
     *                     (GMB's capitals as governments, CoNLL's teams as places), the shared feature learns what
     *                     the corpora agree on, and only the shared features ship, since news at run time comes from
     *                     no corpus in particular
     */
    public PerceptronTrainer(FeatureExtractor features, int minCount, boolean corpusCopies) {
        this.features = features;
        this.minCount = minCount;
        this.corpusCopies = corpusCopies;
    }

    /** A sentence seen {@code weight} times per epoch on average: whole repeats and a random share of one more. */
    public record Weighted(TrainingSentence sentence, double weight) {
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
        float[] out = new float[r.keys().length * TagSet.SIZE];
        for (int i = 0; i < r.keys().length; i++) {
            long key = r.keys()[i];
            if (copies.get(key) >= 0) {
                continue;
            }
            int base = keys.size() * TagSet.SIZE;
            System.arraycopy(r.weights(), i * TagSet.SIZE, out, base, TagSet.SIZE);
            for (Map.Entry<Integer, Double> a : alphas.entrySet()) {
                int row = rowOf.get(copyKey(key, a.getKey()));
                if (row >= 0) {
                    for (int t = 0; t < TagSet.SIZE; t++) {
                        out[base + t] += (float) (a.getValue() * r.weights()[row * TagSet.SIZE + t]);
                    }
                }
            }
            keys.add(key);
        }
        return new Result(keys.stream().mapToLong(Long::longValue).toArray(),
                Arrays.copyOf(out, keys.size() * TagSet.SIZE), new long[0]);
    }

    public Result train(List<Weighted> weighted, int epochs, long seed) {
        List<TrainingSentence> sentences = weighted.stream().map(Weighted::sentence).toList();
        List<long[][]> feats = new ArrayList<>(sentences.size());
        LongIntMap counts = new LongIntMap(1 << 21);
        for (TrainingSentence s : sentences) {
            long[][] f = features.sentenceFeatures(s.words(), s.from(), s.to(), s.context());
            feats.add(f);
            for (long[] row : f) {
                for (long h : row) {
                    counts.add(h, 1);
                }
            }
        }
        for (long[][] f : feats) {
            for (int i = 0; i < f.length; i++) {
                long[] kept = Arrays.stream(f[i]).filter(h -> counts.get(h) >= minCount).toArray();
                f[i] = kept;
            }
        }
        Random random = new Random(seed);
        FeatureScorer current = this::addCurrent;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                double w = weighted.get(i).weight();
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
                errors += trainSentence(sentences.get(idx), feats.get(idx), current);
                total += sentences.get(idx).to() - sentences.get(idx).from();
            }
            System.err.printf(Locale.ROOT, "epoch %d: %d errors over %d words (%.3f%%), %d features%n",
                    epoch, errors, total, 100.0 * errors / total, rows.size());
        }
        return average();
    }

    private int trainSentence(TrainingSentence s, long[][] f, FeatureScorer current) {
        float[] scores = new float[TagSet.SIZE];
        long[] history = new long[FeatureExtractor.HISTORY_FEATURES];
        int errors = 0;
        int prev = TagSet.OUTSIDE;
        int prev2 = TagSet.OUTSIDE;
        for (int i = s.from(); i < s.to(); i++) {
            long[] row = corpusCopies ? withCorpusCopies(f[i - s.from()], s.corpus()) : f[i - s.from()];
            int best = SequenceTagger.bestTag(s.words(), i, row, prev, prev2, current, scores, history);
            int gold = s.tags()[i];
            EntityType predicted = TagSet.type(best);
            boolean unannotated = !s.annotatesMisc() && gold == TagSet.OUTSIDE
                    && (predicted == EntityType.MISC || predicted == EntityType.NORP);
            if (best != gold && !unannotated) {
                // a corpus without MISC leaves MISC names as O: predicting MISC there is no error to learn from
                errors++;
                for (long h : row) {
                    update(h, gold, best);
                }
                for (long h : history) {
                    update(h, gold, best);
                }
            }
            step++;
            prev2 = prev;
            prev = gold;
        }
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
            int base = row * TagSet.SIZE;
            for (int t = 0; t < TagSet.SIZE; t++) {
                scores[t] += weights[base + t];
            }
        }
    }

    private void update(long feature, int gold, int predicted) {
        int row = rows.get(feature);
        if (row < 0) {
            row = rows.size();
            rows.put(feature, row);
            if ((row + 1) * TagSet.SIZE > weights.length) {
                weights = Arrays.copyOf(weights, weights.length * 2);
                totals = Arrays.copyOf(totals, totals.length * 2);
            }
        }
        int base = row * TagSet.SIZE;
        weights[base + gold] += 1;
        totals[base + gold] += step;
        weights[base + predicted] -= 1;
        totals[base + predicted] -= step;
    }

    private Result average() {
        long[] all = rows.keys();
        List<Long> keptKeys = new ArrayList<>();
        float[] avg = new float[all.length * TagSet.SIZE];
        int kept = 0;
        for (long key : all) {
            int base = rows.get(key) * TagSet.SIZE;
            float max = 0;
            float[] row = new float[TagSet.SIZE];
            for (int t = 0; t < TagSet.SIZE; t++) {
                row[t] = (float) (weights[base + t] - totals[base + t] / step);
                max = Math.max(max, Math.abs(row[t]));
            }
            if (max < 1e-3f) {
                continue;
            }
            System.arraycopy(row, 0, avg, kept * TagSet.SIZE, TagSet.SIZE);
            keptKeys.add(key);
            kept++;
        }
        long[] keys = keptKeys.stream().mapToLong(Long::longValue).toArray();
        return new Result(keys, Arrays.copyOf(avg, kept * TagSet.SIZE), corpusKeys.keys());
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
                    if (keys.size() * TagSet.SIZE > sum.length) {
                        sum = Arrays.copyOf(sum, Math.max(1024, sum.length * 2));
                    }
                }
                for (int t = 0; t < TagSet.SIZE; t++) {
                    sum[row * TagSet.SIZE + t] += r.weights()[i * TagSet.SIZE + t] / runs.size();
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
                Arrays.copyOf(sum, keys.size() * TagSet.SIZE), copies.keys());
    }
}
