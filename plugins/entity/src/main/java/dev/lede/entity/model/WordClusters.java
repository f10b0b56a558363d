package dev.lede.entity.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Distributional word classes learnt from unlabeled news (Reuters-21578, BBC, VOA; see
 * {@code scripts/entity/README.md}): words that occur in similar contexts share a class, at several granularities
 * that nest (finest first). The tagger uses them as features so that what it learnt about "Nairobi" carries over to
 * a town it never saw labelled but the unlabeled news used the same way. Immutable; shared by all analyzers.
 */
public final class WordClusters {
    /** The clusters shipped in the jar, built by {@code scripts/entity/train.sh}. */
    public static final String RESOURCE = "/dev/lede/entity/word-clusters.tsv.gz";
    public static final WordClusters NONE = new WordClusters(Map.of(), 0);

    private final Map<String, int[]> classes;
    private final int levels;

    public WordClusters(Map<String, int[]> classes, int levels) {
        this.classes = Map.copyOf(classes);
        this.levels = levels;
    }

    /** The classes of the word, finest first, or null when the clusters do not know it. */
    public int[] of(String word) {
        return classes.get(word);
    }

    /** How many granularities each known word has. */
    public int levels() {
        return levels;
    }

    public int size() {
        return classes.size();
    }

    /** Loads the shipped clusters. */
    public static WordClusters load() {
        try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("word clusters " + RESOURCE + " missing from the class path");
            }
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines {@code word<TAB>class<TAB>class...}; lines starting with # are comments. */
    public static WordClusters read(InputStream in) throws IOException {
        Map<String, int[]> classes = new HashMap<>(1 << 17);
        int levels = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            int[] ids = new int[cols.length - 1];
            for (int i = 1; i < cols.length; i++) {
                ids[i - 1] = Integer.parseInt(cols[i]);
            }
            levels = Math.max(levels, ids.length);
            classes.put(cols[0], ids);
        }
        return new WordClusters(classes, levels);
    }
}
