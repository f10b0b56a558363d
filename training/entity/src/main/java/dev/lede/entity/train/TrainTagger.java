package dev.lede.entity.train;

import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.model.FeatureExtractor;
import dev.lede.entity.model.FeatureScorer;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.PerceptronModel;
import dev.lede.entity.model.SequenceTagger;
import dev.lede.entity.model.WordClusters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Trains the name tagger and writes the model file. Run by {@code scripts/entity/train.sh}, never by the build.
 *
 * <pre>
 * TrainTagger --gazetteer G.tsv.gz --clusters C.tsv.gz
 *             --corpus NAME,FORMAT,PATH,WEIGHT[,nomisc] ...  [--exclude gum_news.jsonl] [--corpus-copies true]
 *             [--fold conll=1,gmb=0.5]... [--dev eng.testa] [--epochs 12] [--min-count 2] [--runs 3] --out model.bin.gz
 * </pre>
 * Each {@code --fold} writes one model (the first to {@code --out}, the others to {@code --out}.1, .2, ...): the
 * shared features plus the listed corpora's own copies at those weights (see {@link PerceptronTrainer#fold}).
 * FORMAT is {@code conll} (a token and its label per line, IOB1 or BIO, a blank line between sentences) or
 * {@code gum} (gold JSONL in the eval schema, tokenised by Lede's text analyzer; documents whose id or text is in
 * {@code --exclude} are left out, so the evaluation set stays unseen). WEIGHT is how often a sentence of the corpus is
 * seen per epoch on average (0.5: half of them, drawn afresh each epoch). {@code nomisc} marks a corpus that does not
 * annotate MISC names: nationality words in it are relabelled from the gazetteer and a MISC guess over one of its
 * O words is no error. With {@code --runs N} N perceptrons are trained on differently shuffled data and their
 * weights averaged, which removes most of the run-to-run variance of a single perceptron.
 */
public final class TrainTagger {
    private TrainTagger() {
    }

    /** One training corpus as given on the command line. */
    record Corpus(String name, String format, Path path, double weight, boolean annotatesMisc) {
        static Corpus parse(String spec) {
            String[] p = spec.split(",");
            if (p.length < 4) {
                throw new IllegalArgumentException("--corpus wants NAME,FORMAT,PATH,WEIGHT[,nomisc], got " + spec);
            }
            return new Corpus(p[0], p[1], Path.of(p[2]), Double.parseDouble(p[3]),
                    !(p.length > 4 && p[4].equals("nomisc")));
        }
    }

    public static void main(String[] args) throws IOException {
        Path gazetteerFile = null;
        Path clustersFile = null;
        Path out = null;
        Path dev = null;
        List<Corpus> corpora = new ArrayList<>();
        List<Path> exclude = new ArrayList<>();
        int epochs = 8;
        int minCount = 2;
        int runs = 1;
        boolean corpusCopies = true;
        List<String> folds = new ArrayList<>();
        Path saveRaw = null;
        Path fromRaw = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gazetteer" -> gazetteerFile = Path.of(args[++i]);
                case "--clusters" -> clustersFile = Path.of(args[++i]);
                case "--corpus" -> corpora.add(Corpus.parse(args[++i]));
                case "--exclude" -> exclude.add(Path.of(args[++i]));
                case "--dev" -> dev = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--corpus-copies" -> corpusCopies = Boolean.parseBoolean(args[++i]);
                case "--fold" -> folds.add(args[++i]);
                case "--save-raw" -> saveRaw = Path.of(args[++i]);
                case "--from-raw" -> fromRaw = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (folds.isEmpty()) {
            folds.add("none");
        }
        if (gazetteerFile == null || clustersFile == null || out == null) {
            throw new IllegalArgumentException("--gazetteer, --clusters and --out are required");
        }
        Gazetteer gazetteer;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gazetteerFile))) {
            gazetteer = Gazetteer.read(in);
        }
        WordClusters clusters;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(clustersFile))) {
            clusters = WordClusters.read(in);
        }
        NorpRelabeler norp = new NorpRelabeler(gazetteer);
        GumReader gumReader = new GumReader();
        Set<String> excluded = new HashSet<>();
        for (Path p : exclude) {
            excluded.addAll(gumReader.ids(p));
        }
        List<PerceptronTrainer.Weighted> sentences = new ArrayList<>();
        for (int c = 0; c < corpora.size() && fromRaw == null; c++) {
            Corpus corpus = corpora.get(c);
            List<TrainingSentence> read = switch (corpus.format()) {
                case "conll" -> ConllReader.read(corpus.path());
                case "gum" -> gumReader.read(corpus.path(), excluded);
                default -> throw new IllegalArgumentException("unknown corpus format " + corpus.format());
            };
            int relabelled = 0;
            for (TrainingSentence t : read) {
                relabelled += corpus.annotatesMisc() ? norp.relabel(t) : norp.relabelUnannotated(t);
                sentences.add(new PerceptronTrainer.Weighted(t.inCorpus(c, corpus.annotatesMisc()), corpus.weight()));
            }
            System.err.printf(Locale.ROOT, "%s (%s): %d sentences, weight %.2f, %d names relabelled NORP%n",
                    corpus.name(), corpus.path(), read.size(), corpus.weight(), relabelled);
        }
        FeatureExtractor features = new FeatureExtractor(gazetteer, clusters);
        List<PerceptronTrainer.Result> results = new ArrayList<>();
        if (fromRaw != null) {
            results.add(readRaw(fromRaw));
            runs = 0;
        }
        for (int run = 0; run < runs; run++) {
            results.add(new PerceptronTrainer(features, minCount, corpusCopies).train(sentences, epochs, 42 + run));
        }
        PerceptronTrainer.Result trained = PerceptronTrainer.average(results);
        if (saveRaw != null) { // every row, corpus copies included, to try other folds without training again
            try (OutputStream o = Files.newOutputStream(saveRaw);
                 java.io.DataOutputStream d = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                         new java.util.zip.GZIPOutputStream(o)))) {
                d.writeInt(trained.keys().length);
                for (long k : trained.keys()) {
                    d.writeLong(k);
                }
                for (float w : trained.weights()) {
                    d.writeFloat(w);
                }
                d.writeInt(trained.copyKeys().length);
                for (long k : trained.copyKeys()) {
                    d.writeLong(k);
                }
            }
        }
        for (int v = 0; v < folds.size(); v++) {
            Path file = v == 0 ? out : out.resolveSibling(out.getFileName() + "." + v);
            PerceptronTrainer.Result result = PerceptronTrainer.fold(trained, foldAlphas(folds.get(v), corpora));
            try (OutputStream o = Files.newOutputStream(file)) {
                PerceptronModel.write(result.keys(), result.weights(), FeatureExtractor.VERSION, o);
            }
            System.err.printf("wrote %s (fold %s): %d features, %d bytes%n", file, folds.get(v), result.keys().length,
                    Files.size(file));
            if (dev != null) {
                PerceptronModel model;
                try (InputStream in = Files.newInputStream(file)) {
                    model = PerceptronModel.read(in);
                }
                evaluate(ConllReader.read(dev), gazetteer, clusters, model);
            }
        }
    }

    private static PerceptronTrainer.Result readRaw(Path file) throws IOException {
        try (java.io.DataInputStream d = new java.io.DataInputStream(new java.io.BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file))))) {
            long[] keys = new long[d.readInt()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = d.readLong();
            }
            float[] weights = new float[keys.length * dev.lede.entity.model.TagSet.SIZE];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = d.readFloat();
            }
            long[] copies = new long[d.readInt()];
            for (int i = 0; i < copies.length; i++) {
                copies[i] = d.readLong();
            }
            return new PerceptronTrainer.Result(keys, weights, copies);
        }
    }

    /** "conll=1,gmb=0.5" as corpus number to weight; "" or "none" for none. */
    private static Map<Integer, Double> foldAlphas(String spec, List<Corpus> corpora) {
        Map<Integer, Double> out = new HashMap<>();
        if (spec.isBlank() || spec.equals("none")) {
            return out;
        }
        for (String item : spec.split(",")) {
            String[] kv = item.split("=");
            int c = -1;
            for (int i = 0; i < corpora.size(); i++) {
                if (corpora.get(i).name().equals(kv[0])) {
                    c = i;
                }
            }
            if (c < 0) {
                throw new IllegalArgumentException("--fold names an unknown corpus: " + kv[0]);
            }
            out.put(c, Double.parseDouble(kv[1]));
        }
        return out;
    }

    /** Exact span + type F1 over CoNLL sentences, NORP counted as MISC (as the CoNLL annotation has it). */
    static void evaluate(List<TrainingSentence> sentences, Gazetteer gazetteer, WordClusters clusters,
                         FeatureScorer model) {
        SequenceTagger tagger = new SequenceTagger(gazetteer, clusters, model);
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        long start = System.nanoTime();
        int words = 0;
        for (TrainingSentence s : sentences) {
            int[] tags = new int[s.to() - s.from()];
            SequenceTagger.decode(s.words(), s.from(), s.to(),
                    tagger.features().sentenceFeatures(s.words(), s.from(), s.to(), s.context()), model, tags);
            Set<String> g = new HashSet<>();
            for (NameSpan n : SequenceTagger.spans(Arrays.copyOfRange(s.tags(), s.from(), s.to()))) {
                g.add(key(n));
            }
            words += s.to() - s.from();
            for (NameSpan n : SequenceTagger.spans(tags)) {
                predicted++;
                if (g.contains(key(n))) {
                    tp++;
                }
            }
            gold += g.size();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double p = tp / (double) predicted;
        double r = tp / (double) gold;
        System.err.printf(Locale.ROOT, "dev: P %.4f R %.4f F1 %.4f (%d words, %.0f words/s)%n", p, r,
                2 * p * r / (p + r), words, words / secs);
    }

    private static String key(NameSpan n) {
        String type = n.type() == dev.lede.annotation.EntityType.NORP ? "MISC" : n.type().name();
        return n.first() + ":" + n.end() + ":" + type;
    }
}
