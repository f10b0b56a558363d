package dev.lede.entity.train;

import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.model.FeatureExtractor;
import dev.lede.entity.model.FeatureScorer;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.PerceptronModel;
import dev.lede.entity.model.DocumentEvidence;
import dev.lede.entity.model.LongIntMap;
import dev.lede.entity.model.SequenceTagger;
import dev.lede.entity.model.Viterbi;
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

    /**
     * One training corpus as given on the command line: {@code NAME,FORMAT,PATH,WEIGHT[,nomisc][,doc=N]}, where
     * {@code doc=N} ends a document every N sentences in a corpus that keeps no document boundaries.
     */
    record Corpus(String name, String format, Path path, double weight, boolean annotatesMisc, int documentSentences) {
        static Corpus parse(String spec) {
            String[] p = spec.split(",");
            if (p.length < 4) {
                throw new IllegalArgumentException("--corpus wants NAME,FORMAT,PATH,WEIGHT[,nomisc][,doc=N], got "
                        + spec);
            }
            boolean misc = true;
            int doc = 0;
            for (int i = 4; i < p.length; i++) {
                if (p[i].equals("nomisc")) {
                    misc = false;
                } else if (p[i].startsWith("doc=")) {
                    doc = Integer.parseInt(p[i].substring(4));
                } else {
                    throw new IllegalArgumentException("unknown corpus option " + p[i] + " in " + spec);
                }
            }
            return new Corpus(p[0], p[1], Path.of(p[2]), Double.parseDouble(p[3]), misc, doc);
        }
    }

    public static void main(String[] args) throws Exception {
        Path gazetteerFile = null;
        Path clustersFile = null;
        Path out = null;
        Path dev = null;
        List<Corpus> corpora = new ArrayList<>();
        List<Path> exclude = new ArrayList<>();
        int epochs = 8;
        int minCount = 2;
        int stages = 2;
        int jackknife = 4;
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
                case "--stages" -> stages = Integer.parseInt(args[++i]);
                case "--jackknife" -> jackknife = Integer.parseInt(args[++i]);
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
        List<PerceptronTrainer.Result> trained = new ArrayList<>();
        if (fromRaw != null) {
            for (int stage = 1; stage <= stages; stage++) {
                trained.add(readRaw(rawFile(fromRaw, stage)));
            }
        } else {
            List<PerceptronTrainer.Example> examples = examples(corpora, exclude, gazetteer, clusters, minCount);
            java.time.Duration cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElseThrow();
            PerceptronTrainer.Result first = new PerceptronTrainer(corpusCopies).train(examples, epochs, 42, "stage 1");
            trained.add(first);
            if (stages > 1) {
                Map<Integer, Double> alphas = foldAlphas(folds.get(0), corpora);
                List<PerceptronTrainer.Example> second = Jackknife.withEvidence(examples, jackknife, alphas,
                        corpusCopies, epochs);
                trained.add(new PerceptronTrainer(corpusCopies).train(second, epochs, 43, "stage 2"));
            }
            System.err.printf(Locale.ROOT, "training took %d s of CPU (all threads)%n",
                    ProcessHandle.current().info().totalCpuDuration().orElseThrow().minus(cpuBefore).toSeconds());
            if (saveRaw != null) { // every row, corpus copies included, to try other folds without training again
                for (int stage = 1; stage <= trained.size(); stage++) {
                    writeRaw(trained.get(stage - 1), rawFile(saveRaw, stage));
                }
            }
        }
        for (int v = 0; v < folds.size(); v++) {
            Path file = v == 0 ? out : out.resolveSibling(out.getFileName() + "." + v);
            Map<Integer, Double> alphas = foldAlphas(folds.get(v), corpora);
            List<PerceptronModel> models = new ArrayList<>();
            for (int stage = 1; stage <= trained.size(); stage++) {
                Path stageFile = stage == 1 ? file : secondStageFile(file);
                PerceptronTrainer.Result result = PerceptronTrainer.fold(trained.get(stage - 1), alphas);
                try (OutputStream o = Files.newOutputStream(stageFile)) {
                    PerceptronModel.write(result.keys(), result.weights(), FeatureExtractor.VERSION, o);
                }
                System.err.printf("wrote %s (fold %s): %d features, %d bytes%n", stageFile, folds.get(v),
                        result.keys().length, Files.size(stageFile));
                try (InputStream in = Files.newInputStream(stageFile)) {
                    models.add(PerceptronModel.read(in));
                }
            }
            if (dev != null) {
                evaluate(ConllReader.read(dev), gazetteer, clusters, models.get(0), null);
                if (models.size() > 1) {
                    evaluate(ConllReader.read(dev), gazetteer, clusters, models.get(0), models.get(1));
                }
            }
        }
    }

    /** The second stage's file beside the first's: {@code ner-model.bin.gz} -> {@code ner-model-stage2.bin.gz}. */
    public static Path secondStageFile(Path first) {
        String name = first.getFileName().toString();
        int dot = name.indexOf('.');
        return first.resolveSibling(dot < 0 ? name + "-stage2" : name.substring(0, dot) + "-stage2"
                + name.substring(dot));
    }

    private static Path rawFile(Path base, int stage) {
        return stage == 1 ? base : base.resolveSibling(base.getFileName() + "." + stage);
    }

    /** The training corpora read, relabelled and featurised once (static features seen too rarely pruned). */
    private static List<PerceptronTrainer.Example> examples(List<Corpus> corpora, List<Path> exclude,
                                                            Gazetteer gazetteer, WordClusters clusters, int minCount)
            throws IOException {
        NorpRelabeler norp = new NorpRelabeler(gazetteer);
        GumReader gumReader = new GumReader();
        Set<String> excluded = new HashSet<>();
        for (Path p : exclude) {
            excluded.addAll(gumReader.ids(p));
        }
        List<TrainingSentence> sentences = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int documents = 0;
        for (int c = 0; c < corpora.size(); c++) {
            Corpus corpus = corpora.get(c);
            List<TrainingSentence> read = switch (corpus.format()) {
                case "conll" -> ConllReader.read(corpus.path(), corpus.documentSentences());
                case "gum" -> gumReader.read(corpus.path(), excluded);
                default -> throw new IllegalArgumentException("unknown corpus format " + corpus.format());
            };
            int relabelled = 0;
            int last = -1;
            for (TrainingSentence t : read) {
                relabelled += corpus.annotatesMisc() ? norp.relabel(t) : norp.relabelUnannotated(t);
                sentences.add(t.inCorpus(c, corpus.annotatesMisc(), documents));
                weights.add(corpus.weight());
                last = Math.max(last, t.document());
            }
            documents += last + 1;
            System.err.printf(Locale.ROOT, "%s (%s): %d sentences in %d documents, weight %.2f, %d names relabelled "
                    + "NORP%n", corpus.name(), corpus.path(), read.size(), last + 1, corpus.weight(), relabelled);
        }
        FeatureExtractor features = new FeatureExtractor(gazetteer, clusters);
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
        List<PerceptronTrainer.Example> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            long[][] f = feats.get(k);
            for (int i = 0; i < f.length; i++) {
                f[i] = Arrays.stream(f[i]).filter(h -> counts.get(h) >= minCount).toArray();
            }
            out.add(new PerceptronTrainer.Example(sentences.get(k), f, null, weights.get(k)));
        }
        return out;
    }

    private static void writeRaw(PerceptronTrainer.Result trained, Path file) throws IOException {
        try (OutputStream o = Files.newOutputStream(file);
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

    /**
     * Exact span + type F1 over CoNLL sentences, NORP counted as MISC (as the CoNLL annotation has it), each document
     * tagged as the analyzer tags an article (the second stage, when given, reads the first stage's tags of the
     * whole document).
     */
    static void evaluate(List<TrainingSentence> sentences, Gazetteer gazetteer, WordClusters clusters,
                         FeatureScorer first, FeatureScorer second) {
        FeatureExtractor features = new FeatureExtractor(gazetteer, clusters);
        Viterbi viterbi = new Viterbi();
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        Map<Integer, List<TrainingSentence>> documents = new java.util.LinkedHashMap<>();
        for (TrainingSentence s : sentences) {
            documents.computeIfAbsent(s.document(), d -> new ArrayList<>()).add(s);
        }
        for (List<TrainingSentence> doc : documents.values()) {
            List<long[][]> feats = new ArrayList<>();
            List<DocumentEvidence.Segment> segments = new ArrayList<>();
            for (TrainingSentence s : doc) {
                long[][] f = features.sentenceFeatures(s.words(), s.from(), s.to(), s.context());
                feats.add(f);
                int[] tags = new int[s.words().size()];
                viterbi.decode(s.words(), s.from(), s.to(), f, null, first, null, tags);
                segments.add(new DocumentEvidence.Segment(s.words(), s.from(), s.to(), tags));
            }
            long[][][] evidence = second == null ? null : DocumentEvidence.features(segments);
            for (int k = 0; k < doc.size(); k++) {
                TrainingSentence s = doc.get(k);
                int[] tags = segments.get(k).tags();
                if (second != null) {
                    tags = new int[s.words().size()];
                    viterbi.decode(s.words(), s.from(), s.to(), feats.get(k), evidence[k], second, null, tags);
                }
                Set<String> g = new HashSet<>();
                for (NameSpan n : SequenceTagger.spans(Arrays.copyOfRange(s.tags(), s.from(), s.to()))) {
                    g.add(key(n));
                }
                for (NameSpan n : SequenceTagger.spans(Arrays.copyOfRange(tags, s.from(), s.to()))) {
                    predicted++;
                    if (g.contains(key(n))) {
                        tp++;
                    }
                }
                gold += g.size();
            }
        }
        double p = tp / (double) predicted;
        double r = tp / (double) gold;
        System.err.printf(Locale.ROOT, "dev (%s): P %.4f R %.4f F1 %.4f%n", second == null ? "stage 1" : "stage 2",
                p, r, 2 * p * r / (p + r));
    }

    private static String key(NameSpan n) {
        String type = n.type() == dev.lede.annotation.EntityType.NORP ? "MISC" : n.type().name();
        return n.first() + ":" + n.end() + ":" + type;
    }
}
