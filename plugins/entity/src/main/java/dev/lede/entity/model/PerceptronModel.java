package dev.lede.entity.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained weights of the averaged perceptron: one row of {@link TagSet#SIZE} weights per hashed feature.
 * Immutable and thread-safe. Stored as a gzip stream: a header, the feature hashes, then the weights quantised
 * to 16 bits (the scale is in the header), which keeps the shipped file small at no measurable accuracy cost.
 */
public final class PerceptronModel implements FeatureScorer {
    /** The model shipped in the jar, trained by {@code scripts/entity/train.sh}. */
    public static final String RESOURCE = "/dev/lede/entity/ner-model.bin.gz";
    /** The second stage's weights (document evidence, see {@link DocumentEvidence}), shipped beside the first. */
    public static final String SECOND_STAGE_RESOURCE = "/dev/lede/entity/ner-model-stage2.bin.gz";
    private static final int MAGIC = 0x4C4E4552; // "LNER"

    private final LongIntMap index;
    private final Weights weights;

    /**
     * A model file's contents before any look-up index is built: feature {@code keys[i]} has the weights
     * {@code quantised[i * TagSet.SIZE ..]} times {@code scale}. Kept quantised in memory too: half the bytes of
     * floats, and {@code quantised * scale} is the same float however often it is computed. The tagger merges two
     * of these into a {@link StagedModel} and never needs a {@link PerceptronModel}'s own index.
     */
    public record Weights(long[] keys, short[] quantised, float scale, int featureVersion) {
        public Weights {
            if (quantised.length != keys.length * TagSet.SIZE) {
                throw new IllegalArgumentException("weights do not match " + keys.length + " features");
            }
        }
    }

    public PerceptronModel(Weights w) {
        this.index = new LongIntMap(w.keys().length);
        for (int i = 0; i < w.keys().length; i++) {
            index.put(w.keys()[i], i);
        }
        this.weights = w;
    }

    public int features() {
        return index.size();
    }

    public int featureVersion() {
        return weights.featureVersion();
    }

    /** The keys and weights as read (shared, not copied: callers only read them). */
    public Weights asWeights() {
        return weights;
    }

    @Override
    public void addScores(long feature, float[] scores) {
        int row = index.get(feature);
        if (row >= 0) {
            short[] q = weights.quantised();
            float scale = weights.scale();
            int base = row * TagSet.SIZE;
            for (int t = 0; t < TagSet.SIZE; t++) {
                scores[t] += q[base + t] * scale;
            }
        }
    }

    /** Loads the (first-stage) model shipped in the jar. */
    public static PerceptronModel load() {
        PerceptronModel model = load(RESOURCE);
        if (model == null) {
            throw new IllegalStateException("model resource " + RESOURCE + " missing from the class path");
        }
        return model;
    }

    /** Loads a model from the class path, or null when the resource is not there. */
    public static PerceptronModel load(String resource) {
        Weights w = loadWeights(resource);
        return w == null ? null : new PerceptronModel(w);
    }

    /** Reads a model's keys and weights from the class path without indexing them, or null when it is not there. */
    public static Weights loadWeights(String resource) {
        try (InputStream in = PerceptronModel.class.getResourceAsStream(resource)) {
            return in == null ? null : readWeights(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a model written by {@link #write}: the stream is inflated in one read and its arrays copied in bulk, which
     * takes a fraction of the time of reading a few million numbers one by one through a {@link DataInputStream}.
     */
    public static PerceptronModel read(InputStream raw) throws IOException {
        return new PerceptronModel(readWeights(raw));
    }

    /** Reads a model written by {@link #write} as keys and weights, without building its look-up index. */
    public static Weights readWeights(InputStream raw) throws IOException {
        ByteBuffer in;
        try (InputStream gz = new GZIPInputStream(raw, 1 << 16)) {
            in = ByteBuffer.wrap(gz.readAllBytes()); // big-endian, as DataOutputStream wrote it
        }
        if (in.remaining() < 20 || in.getInt() != MAGIC) {
            throw new IOException("not a Lede NER model");
        }
        int version = in.getInt();
        int tags = in.getInt();
        if (tags != TagSet.SIZE) {
            throw new IOException("model has " + tags + " tags, this code " + TagSet.SIZE);
        }
        int n = in.getInt();
        float scale = in.getFloat();
        if (in.remaining() != (long) n * Long.BYTES + (long) n * tags * Short.BYTES) {
            throw new IOException("NER model of " + n + " features has " + in.remaining() + " bytes of data");
        }
        long[] keys = new long[n];
        in.asLongBuffer().get(keys);
        in.position(in.position() + n * Long.BYTES);
        short[] quantised = new short[n * tags];
        in.asShortBuffer().get(quantised);
        return new Weights(keys, quantised, scale, version);
    }

    /** Writes keys and weights (quantised to 16 bits). */
    public static void write(long[] keys, float[] weights, int featureVersion, OutputStream raw) throws IOException {
        float max = 0;
        for (float v : weights) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(featureVersion);
        out.writeInt(TagSet.SIZE);
        out.writeInt(keys.length);
        out.writeFloat(scale);
        for (long k : keys) {
            out.writeLong(k);
        }
        for (float v : weights) {
            out.writeShort(Math.round(v / scale));
        }
        out.flush();
        gz.finish();
    }
}
