package dev.lede.entity.clusters;

import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.document.Metadata;
import dev.lede.entity.model.LongIntMap;
import dev.lede.entity.model.WordClusters;
import dev.lede.entity.model.Words;
import dev.lede.text.TextAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the word clusters the entity tagger uses as features ({@link WordClusters}): reads unlabeled news text
 * (one paragraph per line, tokenised by Lede's own text analyzer so that words look as they will at run time) and
 * tokenised CoNLL-style files, clusters the words seen at least {@code --min-count} times with the exchange
 * algorithm into the finest number of classes, then clusters those classes into each coarser number, so that the
 * classes nest like the prefixes of Brown clusters. Writes {@code word<TAB>class...}, finest first; the text itself
 * is not kept. Run by {@code scripts/entity/train.sh}, never by the build.
 *
 * <pre>
 * BuildWordClusters --text reuters.txt --text bbc.txt --conll gmb_train.conll [--min-count 3]
 *                   [--classes 1024,256,64,16] [--passes 12] --out word-clusters.tsv.gz
 * </pre>
 */
public final class BuildWordClusters {
    private static final String BOUNDARY = "<s>";
    private static final String RARE = "<unk>";

    private BuildWordClusters() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> texts = new ArrayList<>();
        List<Path> conll = new ArrayList<>();
        int minCount = 3;
        int passes = 12;
        int[] classes = {1024, 256, 64, 16};
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--text" -> texts.add(Path.of(args[++i]));
                case "--conll" -> conll.add(Path.of(args[++i]));
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--classes" -> classes = java.util.Arrays.stream(args[++i].split(","))
                        .mapToInt(Integer::parseInt).toArray();
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        List<String> tokens = new ArrayList<>(1 << 22);
        for (Path p : texts) {
            readText(p, tokens);
        }
        for (Path p : conll) {
            readConll(p, tokens);
        }
        System.err.printf(Locale.ROOT, "%d tokens%n", tokens.size());
        Vocabulary vocab = Vocabulary.of(tokens, minCount, RARE);
        System.err.printf(Locale.ROOT, "%d words seen at least %d times%n", vocab.size(), minCount);
        ExchangeClustering.Bigrams bigrams = bigrams(vocab, tokens);
        tokens = null;
        long start = System.nanoTime();
        ExchangeClustering fine = new ExchangeClustering(bigrams, classes[0]);
        int[] wordClass = fine.run(passes, 0.001);
        int[][] levels = new int[classes.length][];
        levels[0] = wordClass;
        ExchangeClustering previous = fine;
        for (int level = 1; level < classes.length; level++) {
            ExchangeClustering coarse = new ExchangeClustering(previous.asUnits(), classes[level]);
            int[] classOfClass = coarse.run(50, 0.0);
            int[] mapped = new int[wordClass.length];
            for (int w = 0; w < mapped.length; w++) {
                mapped[w] = classOfClass[levels[level - 1][w]];
            }
            levels[level] = mapped;
            previous = coarse;
        }
        System.err.printf(Locale.ROOT, "clustered in %.1f s%n", (System.nanoTime() - start) / 1e9);
        try (OutputStream o = Files.newOutputStream(out);
             Writer w = new OutputStreamWriter(new GZIPOutputStream(o), StandardCharsets.UTF_8)) {
            w.write("# word clusters for Lede's entity tagger, built by dev.lede.entity.clusters.BuildWordClusters;"
                    + " classes per word, finest first: " + java.util.Arrays.toString(classes) + "\n");
            for (int id = 0; id < vocab.size(); id++) {
                String word = vocab.word(id);
                if (word.equals(BOUNDARY) || word.equals(RARE)) {
                    continue;
                }
                StringBuilder sb = new StringBuilder(word);
                for (int[] level : levels) {
                    sb.append('\t').append(level[id]);
                }
                w.write(sb.append('\n').toString());
            }
        }
        System.err.printf(Locale.ROOT, "wrote %s: %d bytes%n", out, Files.size(out));
    }

    /** Unlabeled text, one paragraph per line: each line goes through the text analyzer. */
    private static void readText(Path file, List<String> tokens) throws IOException {
        TextAnalyzer analyzer = new TextAnalyzer();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                AnnotatedDocument doc = new AnnotatedDocument(new Document("p", line, Metadata.EMPTY));
                analyzer.analyze(doc);
                Words words = Words.of(line, doc.layer(Layers.TOKENS), doc.layer(Layers.SENTENCES));
                for (int i = 0; i < words.size(); i++) {
                    if (words.sentenceStart()[i] == i) {
                        tokens.add(BOUNDARY);
                    }
                    tokens.add(words.word(i));
                }
            }
        }
    }

    /** Token-per-line files (first column), a blank line between sentences. */
    private static void readConll(Path file, List<String> tokens) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            boolean boundary = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                    boundary = true;
                    continue;
                }
                if (boundary) {
                    tokens.add(BOUNDARY);
                    boundary = false;
                }
                int space = line.indexOf(' ');
                tokens.add(space < 0 ? line : line.substring(0, space));
            }
        }
    }

    private static ExchangeClustering.Bigrams bigrams(Vocabulary vocab, List<String> tokens) {
        int v = vocab.size();
        long[] unit = new long[v];
        LongIntMap pairs = new LongIntMap(1 << 22);
        int prev = -1;
        for (String t : tokens) {
            int id = vocab.id(t);
            unit[id]++;
            if (prev >= 0) {
                pairs.add((long) prev * v + id + 1, 1);
            }
            prev = id;
        }
        int[] rightSize = new int[v];
        int[] leftSize = new int[v];
        long[] self = new long[v];
        long[] keys = pairs.keys();
        for (long k : keys) {
            int a = (int) ((k - 1) / v);
            int b = (int) ((k - 1) % v);
            if (a != b) {
                rightSize[a]++;
                leftSize[b]++;
            }
        }
        int[][] right = new int[v][];
        int[][] rightCounts = new int[v][];
        int[][] left = new int[v][];
        int[][] leftCounts = new int[v][];
        for (int u = 0; u < v; u++) {
            right[u] = new int[rightSize[u]];
            rightCounts[u] = new int[rightSize[u]];
            left[u] = new int[leftSize[u]];
            leftCounts[u] = new int[leftSize[u]];
        }
        int[] ri = new int[v];
        int[] li = new int[v];
        for (long k : keys) {
            int a = (int) ((k - 1) / v);
            int b = (int) ((k - 1) % v);
            int c = pairs.get(k);
            if (a == b) {
                self[a] += c;
                continue;
            }
            right[a][ri[a]] = b;
            rightCounts[a][ri[a]++] = c;
            left[b][li[b]] = a;
            leftCounts[b][li[b]++] = c;
        }
        System.err.printf(Locale.ROOT, "%d distinct bigrams%n", keys.length);
        return new ExchangeClustering.Bigrams(v, unit, right, rightCounts, left, leftCounts, self);
    }

    /** Words numbered by falling frequency; rare words share one id. */
    private record Vocabulary(Map<String, Integer> ids, List<String> words, int rare) {
        static Vocabulary of(List<String> tokens, int minCount, String rareWord) {
            Map<String, Integer> counts = new HashMap<>();
            for (String t : tokens) {
                counts.merge(t, 1, Integer::sum);
            }
            List<String> words = new ArrayList<>();
            counts.forEach((w, c) -> {
                if (c >= minCount) {
                    words.add(w);
                }
            });
            words.add(rareWord);
            words.sort((a, b) -> {
                int c = Integer.compare(counts.getOrDefault(b, Integer.MAX_VALUE), counts.getOrDefault(a, Integer.MAX_VALUE));
                return c != 0 ? c : a.compareTo(b);
            });
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                ids.put(words.get(i), i);
            }
            return new Vocabulary(ids, words, ids.get(rareWord));
        }

        int size() {
            return words.size();
        }

        String word(int id) {
            return words.get(id);
        }

        int id(String token) {
            return ids.getOrDefault(token, rare);
        }
    }
}
