package dev.lede.entity.train;

import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.model.FeatureExtractor;
import dev.lede.entity.model.FeatureScorer;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.PerceptronModel;
import dev.lede.entity.model.SequenceTagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Trains the name tagger and writes the model file. Run by {@code scripts/entity/train.sh}, never by the build.
 *
 * <pre>
 * TrainTagger --gazetteer G.tsv.gz --conll eng.train [--gum gum_dev.jsonl --exclude gum_news.jsonl]
 *             [--gum-repeat 2] [--dev eng.testa] [--epochs 12] [--min-count 2] [--runs 3] --out model.bin.gz
 * </pre>
 * GUM documents whose id or text is in {@code --exclude} are left out, so the evaluation set stays unseen.
 * With {@code --runs N} N perceptrons are trained on differently shuffled data and their weights averaged, which
 * removes most of the run-to-run variance of a single perceptron.
 */
public final class TrainTagger {
    private TrainTagger() {
    }

    public static void main(String[] args) throws IOException {
        Path gazetteerFile = null;
        Path out = null;
        Path dev = null;
        List<Path> conll = new ArrayList<>();
        List<Path> gum = new ArrayList<>();
        List<Path> exclude = new ArrayList<>();
        int epochs = 8;
        int minCount = 2;
        int gumRepeat = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gazetteer" -> gazetteerFile = Path.of(args[++i]);
                case "--conll" -> conll.add(Path.of(args[++i]));
                case "--gum" -> gum.add(Path.of(args[++i]));
                case "--exclude" -> exclude.add(Path.of(args[++i]));
                case "--dev" -> dev = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--gum-repeat" -> gumRepeat = Integer.parseInt(args[++i]);
                case "--runs" -> i++;
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (gazetteerFile == null || out == null) {
            throw new IllegalArgumentException("--gazetteer and --out are required");
        }
        Gazetteer gazetteer;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gazetteerFile))) {
            gazetteer = Gazetteer.read(in);
        }
        NorpRelabeler norp = new NorpRelabeler(gazetteer);
        List<TrainingSentence> sentences = new ArrayList<>();
        int relabelled = 0;
        for (Path p : conll) {
            List<TrainingSentence> s = ConllReader.read(p);
            for (TrainingSentence t : s) {
                relabelled += norp.relabel(t);
            }
            System.err.printf("%s: %d sentences%n", p, s.size());
            sentences.addAll(s);
        }
        GumReader gumReader = new GumReader();
        Set<String> excluded = new HashSet<>();
        for (Path p : exclude) {
            excluded.addAll(gumReader.ids(p));
        }
        for (Path p : gum) {
            List<TrainingSentence> s = gumReader.read(p, excluded);
            for (TrainingSentence t : s) {
                relabelled += norp.relabel(t);
            }
            System.err.printf("%s: %d sentences (x%d)%n", p, s.size(), gumRepeat);
            for (int r = 0; r < gumRepeat; r++) {
                sentences.addAll(s);
            }
        }
        System.err.printf("%d MISC names relabelled NORP%n", relabelled);
        FeatureExtractor features = new FeatureExtractor(gazetteer);
        List<PerceptronTrainer.Result> runs = new ArrayList<>();
        for (int run = 0; run < runs(args); run++) {
            runs.add(new PerceptronTrainer(features, minCount).train(sentences, epochs, 42 + run));
        }
        PerceptronTrainer.Result result = PerceptronTrainer.average(runs);
        try (OutputStream o = Files.newOutputStream(out)) {
            PerceptronModel.write(result.keys(), result.weights(), FeatureExtractor.VERSION, o);
        }
        System.err.printf("wrote %s: %d features, %d bytes%n", out, result.keys().length, Files.size(out));
        if (dev != null) {
            PerceptronModel model;
            try (InputStream in = Files.newInputStream(out)) {
                model = PerceptronModel.read(in);
            }
            evaluate(ConllReader.read(dev), gazetteer, model);
        }
    }

    /** How many perceptrons (different shuffles) to average: {@code --runs N}, default 1. */
    private static int runs(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--runs")) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return 1;
    }

    /** Exact span + type F1 over CoNLL sentences, NORP counted as MISC (as the CoNLL annotation has it). */
    static void evaluate(List<TrainingSentence> sentences, Gazetteer gazetteer, FeatureScorer model) {
        SequenceTagger tagger = new SequenceTagger(gazetteer, model);
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
