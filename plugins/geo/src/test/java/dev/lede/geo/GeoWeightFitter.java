package dev.lede.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.annotation.GeoDistance;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Metadata;
import dev.lede.geo.eval.GeoEvalRunner;
import dev.lede.json.LedeJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the ranker weights on gold place sets by coordinate search: maximise the number of gold toponyms whose
 * chosen place lies within 161 km of the gold point. Features depend on the anchors of the first pass, hence on the
 * weights, so features are recomputed between rounds. Run by hand (see plugins/geo/README.md):
 *
 * <pre>java -cp ... dev.lede.geo.GeoWeightFitter OUT.properties GOLD.jsonl [GOLD.jsonl ...]</pre>
 */
public final class GeoWeightFitter {
    private static final double[] STEPS = {-2, -1, -0.5, -0.25, 0.25, 0.5, 1, 2};
    /**
     * Weights kept as set by hand: the dev sets have too few cases to learn them, and they encode rules the
     * acceptance cases need ("Sumy" is the city, not the oblast named after it; "Paris, Texas"; the curated
     * regions, which the dev sets name too rarely to weigh against every town called "Atlantic").
     */
    private static final java.util.Set<Feature> FROZEN = java.util.EnumSet.of(Feature.DIVISION_NAMED_LIKE_SEAT,
            Feature.ADMIN1_SEAT, Feature.REGION,
            Feature.QUALIFIED, Feature.USED_AS_DIVISION, Feature.SMALLER_THAN_NAMESAKE_TOWN);

    private record Problem(List<double[]> features, boolean[] correct, int weight) {
    }

    private GeoWeightFitter() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<AnnotatedDocument> docs = new ArrayList<>();
        List<JsonNode> golds = new ArrayList<>();
        ObjectMapper mapper = LedeJson.mapper();
        List<dev.lede.analyzer.Analyzer> before;
        try {
            before = GeoEvalRunner.analyzersBeforeGeo();
            for (int i = 1; i < args.length; i++) {
                List<JsonNode> gold = read(mapper, Path.of(args[i]));
                for (JsonNode g : gold) {
                    docs.add(GeoEvalRunner.textAndEntities(document(g), before));
                    golds.add(g);
                }
            }
        } catch (Exception e) {
            throw new IOException("cannot prepare the documents", e);
        }
        Gazetteer gazetteer = Gazetteer.load();
        ResolverSettings settings = ResolverSettings.from(AnalyzerConfig.EMPTY);
        ToponymFinder finder = new ToponymFinder(gazetteer, settings);
        List<List<Toponym>> toponyms = docs.stream().map(finder::find).toList();
        double[] w = RankingWeights.load().values();
        for (int round = 0; round < 3; round++) {
            PlaceResolver resolver = new PlaceResolver(gazetteer, new RankingWeights(w), settings);
            List<Problem> problems = new ArrayList<>();
            for (int k = 0; k < docs.size(); k++) {
                AnnotatedDocument d = docs.get(k);
                for (PlaceResolver.CandidateSet c : resolver.explain(d.text(), d.document().metadata(), toponyms.get(k))) {
                    problem(c, golds.get(k)).ifPresent(problems::add);
                }
            }
            int total = problems.stream().mapToInt(Problem::weight).sum();
            System.err.printf("round %d: %d names, %d gold mentions, correct with current weights %d%n", round,
                    problems.size(), total, correct(problems, w));
            w = maximiseLikelihood(problems, w);
            System.err.printf("  after likelihood fit %d (log-loss %.2f)%n", correct(problems, w), logLoss(problems, w));
            w = search(problems, w);
            System.err.printf("  after search %d%n", correct(problems, w));
        }
        try (Writer wr = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            wr.write("# Candidate ranker weights, fitted by GeoWeightFitter on the geo development sets\n");
            wr.write("# (command in plugins/geo/README.md).\n");
            for (Feature f : Feature.values()) {
                wr.write(f.name().toLowerCase(Locale.ROOT) + "=" + (Math.round(w[f.ordinal()] * 1000) / 1000.0) + "\n");
            }
        }
    }

    /** Strength of the pull towards the previous weights (L2), per gold mention of the data. */
    private static final double PRIOR = Double.parseDouble(System.getProperty("fit.prior", "0.02"));
    private static final int ITERATIONS = 400;
    /**
     * The features the fit may move ({@code -Dfit.only=a,b}; every unfrozen one when empty). The shipped weights of
     * the coherence features were fitted with {@code -Dfit.only} naming them, so that the older weights, which
     * hand-checked cases rely on ("Manchester" is the English city), kept their values.
     */
    private static final java.util.Set<Feature> ONLY = parseFeatures(System.getProperty("fit.only", ""));

    /**
     * Features held by a looser prior ({@code -Dfit.loose=a,b}, strength {@code -Dfit.loosePrior}): new features,
     * whose starting weight (zero) is no earlier fit's, while the established weights stay near the values that
     * hand-checked cases rely on.
     */
    private static final java.util.Set<Feature> LOOSE = parseFeatures(System.getProperty("fit.loose", ""));
    private static final double LOOSE_PRIOR = Double.parseDouble(System.getProperty("fit.loosePrior", "0.001"));

    private static boolean fitted(Feature f) {
        return !FROZEN.contains(f) && (ONLY.isEmpty() || ONLY.contains(f));
    }

    private static java.util.Set<Feature> parseFeatures(String names) {
        java.util.Set<Feature> out = java.util.EnumSet.noneOf(Feature.class);
        for (String n : names.split(",")) {
            if (!n.isBlank()) {
                out.add(Feature.valueOf(n.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return out;
    }
    private static final double LEARNING_RATE = 0.5;

    /**
     * Maximum likelihood of the gold candidates under a softmax over each name's candidates (a conditional logit
     * ranking model), with an L2 pull towards the starting weights. Unlike the count of right answers, the
     * likelihood also learns from names already ranked right: a feature that agrees with the gold places gets
     * weight even where it does not flip a decision, which the count alone never rewards.
     */
    private static double[] maximiseLikelihood(List<Problem> problems, double[] start) {
        double[] w = start.clone();
        int total = problems.stream().mapToInt(Problem::weight).sum();
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gradient = new double[w.length];
            RankingWeights weights = new RankingWeights(w);
            for (Problem p : problems) {
                int n = p.features().size();
                double[] scores = new double[n];
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    scores[i] = weights.score(p.features().get(i));
                    max = Math.max(max, scores[i]);
                }
                double z = 0;
                double zCorrect = 0;
                for (int i = 0; i < n; i++) {
                    scores[i] = Math.exp(scores[i] - max);
                    z += scores[i];
                    zCorrect += p.correct()[i] ? scores[i] : 0;
                }
                for (int i = 0; i < n; i++) {
                    double all = scores[i] / z;
                    double right = p.correct()[i] ? scores[i] / zCorrect : 0;
                    double[] f = p.features().get(i);
                    for (int k = 0; k < w.length; k++) {
                        gradient[k] += p.weight() * (all - right) * f[k];
                    }
                }
            }
            for (int k = 0; k < w.length; k++) {
                if (fitted(Feature.values()[k])) {
                    double prior = LOOSE.contains(Feature.values()[k]) ? LOOSE_PRIOR : PRIOR;
                    w[k] -= LEARNING_RATE * (gradient[k] / total + 2 * prior * (w[k] - start[k]));
                }
            }
        }
        return w;
    }

    private static double logLoss(List<Problem> problems, double[] w) {
        RankingWeights weights = new RankingWeights(w);
        double loss = 0;
        for (Problem p : problems) {
            double max = Double.NEGATIVE_INFINITY;
            double[] scores = new double[p.features().size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = weights.score(p.features().get(i));
                max = Math.max(max, scores[i]);
            }
            double z = 0;
            double zCorrect = 0;
            for (int i = 0; i < scores.length; i++) {
                double e = Math.exp(scores[i] - max);
                z += e;
                zCorrect += p.correct()[i] ? e : 0;
            }
            loss -= p.weight() * Math.log(zCorrect / z);
        }
        return loss;
    }

    private static double[] search(List<Problem> problems, double[] start) {
        double[] w = start.clone();
        int best = correct(problems, w);
        for (int pass = 0; pass < 4; pass++) {
            boolean improved = false;
            for (int i = 0; i < w.length; i++) {
                if (!fitted(Feature.values()[i])) {
                    continue;
                }
                for (double step : STEPS) {
                    double old = w[i];
                    w[i] = old + step;
                    int c = correct(problems, w);
                    if (c > best) {
                        best = c;
                        improved = true;
                    } else {
                        w[i] = old;
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
        return w;
    }

    private static int correct(List<Problem> problems, double[] w) {
        RankingWeights weights = new RankingWeights(w);
        int n = 0;
        for (Problem p : problems) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < p.features().size(); i++) {
                double s = weights.score(p.features().get(i));
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            n += p.correct()[best] ? p.weight() : 0;
        }
        return n;
    }

    /** A ranking problem when some mention of the name overlaps a gold place with coordinates. */
    private static java.util.Optional<Problem> problem(PlaceResolver.CandidateSet c, JsonNode gold) {
        JsonNode target = null;
        int weight = 0;
        for (Toponym t : c.mentions()) {
            for (JsonNode g : gold.path("places")) {
                if (g.path("lat").isNumber() && !g.path("optional").asBoolean(false)
                        && g.get("start").asInt() < t.end() && t.start() < g.get("end").asInt()) {
                    target = g;
                    weight++;
                    break;
                }
            }
        }
        if (target == null) {
            return java.util.Optional.empty();
        }
        boolean[] correct = new boolean[c.candidates().size()];
        boolean any = false;
        for (int i = 0; i < correct.length; i++) {
            GeoPlace p = c.candidates().get(i);
            correct[i] = GeoDistance.km(p.lat(), p.lon(), target.get("lat").asDouble(), target.get("lon").asDouble()) < 161;
            any |= correct[i];
        }
        return any && correct.length > 1 ? java.util.Optional.of(new Problem(c.features(), correct, weight))
                : java.util.Optional.empty();
    }

    private static Document document(JsonNode n) {
        JsonNode m = n.path("metadata");
        return new Document(n.get("id").asText(), n.get("text").asText(), new Metadata(text(m, "title"),
                text(m, "date"), text(m, "source"), text(m, "url"), text(m, "language"), Map.of()));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<JsonNode> read(ObjectMapper mapper, Path jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(mapper.readTree(line));
                }
            }
        }
        return out;
    }
}
