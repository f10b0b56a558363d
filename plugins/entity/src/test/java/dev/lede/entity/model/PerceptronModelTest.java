package dev.lede.entity.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aTruncatedModelIsRefusedRatherThanReadAsZeros() throws Exception {
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        PerceptronModel.write(new long[]{1L, 2L, 3L}, new float[3 * TagSet.SIZE], 7, full);
        byte[] raw = inflate(full.toByteArray());
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(cut)) {
            gz.write(raw, 0, raw.length - 2);
        }
        IOException e = assertThrows(IOException.class,
                () -> PerceptronModel.read(new ByteArrayInputStream(cut.toByteArray())));
        assertTrue(e.getMessage().contains("3 features"), e.getMessage());
    }

    private static byte[] inflate(byte[] gzipped) throws IOException {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    @Test
    void shippedModelLoadsAndMatchesTheFeatureVersion() {
        PerceptronModel model = PerceptronModel.load();
        assertEquals(FeatureExtractor.VERSION, model.featureVersion());
        assertEquals(true, model.features() > 10_000, "features: " + model.features());
    }
}
