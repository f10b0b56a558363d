package dev.lede.entity.train;

import dev.lede.entity.model.FeatureExtractor;
import dev.lede.entity.model.FeatureScorer;
import dev.lede.entity.model.LongIntMap;
import dev.lede.entity.model.SequenceTagger;
import dev.lede.entity.model.TagSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
    private final LongIntMap rows = new LongIntMap(1 << 20);
    private float[] weights = new float[(1 << 20) * TagSet.SIZE];
    private double[] totals = new double[(1 << 20) * TagSet.SIZE];
    private long step = 1;

    public PerceptronTrainer(FeatureExtractor features, int minCount) {
        this.features = features;
        this.minCount = minCount;
    }

    /** The averaged model: feature hashes and their weight rows, rows with only tiny weights left out. */
    public record Result(long[] keys, float[] weights) {
    }

    public Result train(List<TrainingSentence> sentences, int epochs, long seed) {
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
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        FeatureScorer current = this::addCurrent;
        for (int epoch = 1; epoch <= epochs; epoch++) {
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
            int best = SequenceTagger.bestTag(s.words(), i, f[i - s.from()], prev, prev2, current, scores, history);
            int gold = s.tags()[i];
            if (best != gold) {
                errors++;
                for (long h : f[i - s.from()]) {
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
        return new Result(keys, Arrays.copyOf(avg, kept * TagSet.SIZE));
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
        return new Result(keys.stream().mapToLong(Long::longValue).toArray(),
                Arrays.copyOf(sum, keys.size() * TagSet.SIZE));
    }
}
