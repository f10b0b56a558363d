package dev.lede.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;

/**
 * Linear weights of the candidate ranker, one per {@link Feature}, from {@code ranking-weights.properties} (fitted
 * by {@code GeoWeightFitter}; see the plugin README) or given directly.
 */
record RankingWeights(double[] values) {
    static final String RESOURCE = "/dev/lede/geo/ranking-weights.properties";

    RankingWeights {
        if (values.length != Feature.values().length) {
            throw new IllegalArgumentException("need " + Feature.values().length + " weights, got " + values.length);
        }
        values = values.clone();
    }

    static RankingWeights load() {
        try (InputStream in = RankingWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing ranking weights " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(in);
            return fromProperties(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RankingWeights fromProperties(Properties p) {
        double[] w = new double[Feature.values().length];
        for (Feature f : Feature.values()) {
            String v = p.getProperty(f.name().toLowerCase(java.util.Locale.ROOT));
            if (v == null) {
                throw new IllegalStateException("ranking weights lack '" + f.name().toLowerCase(java.util.Locale.ROOT) + "'");
            }
            w[f.ordinal()] = Double.parseDouble(v.trim());
        }
        return new RankingWeights(w);
    }

    double score(double[] features) {
        double s = 0;
        for (int i = 0; i < values.length; i++) {
            s += values[i] * features[i];
        }
        return s;
    }

    double get(Feature f) {
        return values[f.ordinal()];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RankingWeights other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
