package dev.lede.entity.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PerceptronModelTest {

    @Test
    void writesAndReadsBackWeightsWithinQuantisationError() throws Exception {
        long[] keys = {11L, 42L};
        float[] weights = new float[2 * TagSet.SIZE];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (i % 5) - 2.5f;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PerceptronModel.write(keys, weights, 7, out);
        PerceptronModel model = PerceptronModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(2, model.features());
        assertEquals(7, model.featureVersion());
        float[] scores = new float[TagSet.SIZE];
        model.addScores(42L, scores);
        model.addScores(99L, scores); // unknown: no effect
        for (int t = 0; t < TagSet.SIZE; t++) {
            assertEquals(weights[TagSet.SIZE + t], scores[t], 1e-3);
        }
    }

    @Test
    void shippedModelLoadsAndMatchesTheFeatureVersion() {
        PerceptronModel model = PerceptronModel.load();
        assertEquals(FeatureExtractor.VERSION, model.featureVersion());
        assertEquals(true, model.features() > 10_000, "features: " + model.features());
    }
}
