package dev.lede.entity.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagedModelTest {
    private static final int T = TagSet.SIZE;

    /** Keys with distinct weights per tag; {@code offset} makes each stage's weights differ. */
    private static PerceptronModel.Weights weights(long[] keys, int offset, float scale) {
        short[] q = new short[keys.length * T];
        for (int i = 0; i < q.length; i++) {
            q[i] = (short) ((i * 37 + offset) % 200 - 100);
        }
        return new PerceptronModel.Weights(keys, q, scale, FeatureExtractor.VERSION);
    }

    @Test
    void oneProbeScoresBothStagesExactlyAsEachModelAlone() {
        // 5 in the first stage only, 9 in the second only, 7 in both, 3 in neither
        PerceptronModel.Weights first = weights(new long[]{5L, 7L}, 1, 0.013f);
        PerceptronModel.Weights second = weights(new long[]{9L, 7L}, 4, 0.0071f);
        StagedModel staged = StagedModel.of(first, second);
        assertEquals(3, staged.features());
        assertTrue(staged.hasSecondStage());

        long[] features = {5L, 9L, 3L, 7L};
        float[] firstScores = new float[2 * T];
        float[] secondScores = new float[3 * T];
        staged.addStatic(features, 1, firstScores, secondScores, T, new int[features.length]);

        float[] expectedFirst = new float[T];
        float[] expectedSecond = new float[T];
        PerceptronModel one = new PerceptronModel(first);
        PerceptronModel two = new PerceptronModel(second);
        for (long f : features) {
            one.addScores(f, expectedFirst);
            two.addScores(f, expectedSecond);
        }
        // bit for bit, not within a tolerance: the tags must not change
        for (int t = 0; t < T; t++) {
            assertEquals(Float.floatToIntBits(expectedFirst[t]), Float.floatToIntBits(firstScores[T + t]));
            assertEquals(Float.floatToIntBits(expectedSecond[t]), Float.floatToIntBits(secondScores[2 * T + t]));
            assertEquals(0f, firstScores[t]); // word 0 untouched
        }
    }

    @Test
    void rowsOfOneStageAddThatStagesWeights() {
        PerceptronModel.Weights first = weights(new long[]{5L, 7L}, 1, 0.5f);
        PerceptronModel.Weights second = weights(new long[]{9L}, 4, 0.25f);
        StagedModel staged = StagedModel.of(first, second);
        float[] scores = new float[T];
        staged.addRow(staged.row(9L), 1, scores, 0);
        float[] expected = new float[T];
        new PerceptronModel(second).addScores(9L, expected);
        assertArrayEquals(expected, scores);
        float[] none = new float[T];
        staged.addRow(staged.row(9L), 0, none, 0); // the first stage has no weights for 9
        staged.addRow(staged.row(3L), 0, none, 0); // nor anyone for 3
        assertArrayEquals(new float[T], none);
    }

    @Test
    void firstStageOnlyDropsTheSecondStage() {
        StagedModel staged = StagedModel.of(weights(new long[]{5L}, 1, 1f), weights(new long[]{9L}, 4, 1f));
        StagedModel single = staged.firstStageOnly();
        assertFalse(single.hasSecondStage());
        assertEquals(staged.features(), single.features());
        assertFalse(StagedModel.of(weights(new long[]{5L}, 1, 1f), null).hasSecondStage());
    }

    @Test
    void transitionRowsFromTheCacheMatchDirectLookUpsEvenWhenWordsShareASlot() {
        // a model holding the word transition features of "said" and the shape transitions of "Xx" from some tags
        long said = FeatureExtractor.transitionStart(FeatureExtractor.WORD_TRANSITION, "said");
        long xx = FeatureExtractor.transitionStart(FeatureExtractor.SHAPE_TRANSITION, "Xx");
        long[] hashes = new long[FeatureExtractor.TRANSITION_FEATURES];
        long[] keys = new long[4];
        for (int prev = 0; prev < 2; prev++) {
            FeatureExtractor.transitionFeatures(prev, said, xx, hashes);
            keys[2 * prev] = hashes[1];
            keys[2 * prev + 1] = hashes[2];
        }
        StagedModel model = StagedModel.of(weights(keys, 1, 1f), null);
        TransitionRows cache = new TransitionRows(model, 1); // two slots: words keep evicting each other
        String[] words = {"said", "the", "Xx", "said", "x", "Xx", "said", "said"};
        for (String w : words) {
            boolean shape = w.equals("Xx") || w.equals("x");
            long start = FeatureExtractor.transitionStart(shape ? FeatureExtractor.SHAPE_TRANSITION
                    : FeatureExtractor.WORD_TRANSITION, w);
            int[] rows = new int[T + 1];
            cache.copy(start, shape, rows, 1);
            for (int prev = 0; prev < T; prev++) {
                FeatureExtractor.transitionFeatures(prev, start, start, hashes);
                assertEquals(model.row(hashes[shape ? 2 : 1]), rows[1 + prev], w + " from " + prev);
            }
            assertEquals(w.equals("said") || w.equals("Xx"), rows[1] >= 0, w);
        }
    }
}
