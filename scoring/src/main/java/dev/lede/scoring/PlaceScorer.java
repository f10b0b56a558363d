package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.annotation.GeoDistance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Places: one-to-one matching by span overlap (or exact span, or Gritta et al.'s inexact match); recognition
 * P/R/F1; on matched pairs, accuracy within 161 km (haversine) and GeoNames-id accuracy; end-to-end P/R/F1 (matched
 * and resolved within 161 km); notPlaces reported. Optional gold places are neither rewarded nor penalised unless
 * {@code useOptional}.
 */
final class PlaceScorer {
    static final double ACCURACY_KM = 161;

    private final String mode;
    private final boolean useOptional;
    private final boolean requireCoords;

    PlaceScorer(String mode, boolean useOptional, boolean requireCoords) {
        this.mode = mode;
        this.useOptional = useOptional;
        this.requireCoords = requireCoords;
    }

    ObjectNode score(List<DocPair> pairs) {
        Tally<String> c = new Tally<>();
        List<Double> errors = new ArrayList<>();
        Tally<String> notByType = new Tally<>();
        for (DocPair pair : pairs) {
            String text = pair.text();
            List<JsonNode> gp = PyJson.list(pair.gold(), "places").stream()
                    .filter(x -> !requireCoords || !PyJson.isNone(x, "lat")).toList();
            List<JsonNode> pp = PyJson.list(pair.pred(), "places").stream().filter(Spans::hasStart).toList();
            List<GreedyMatcher.Candidate> cand = new ArrayList<>();
            for (int gi = 0; gi < gp.size(); gi++) {
                for (int pi = 0; pi < pp.size(); pi++) {
                    if (matches(text, gp.get(gi), pp.get(pi))) {
                        double score = mode.equals("overlap") ? Spans.overlap(gp.get(gi), pp.get(pi)) : 1;
                        cand.add(new GreedyMatcher.Candidate(score, gi, pi));
                    }
                }
            }
            List<GreedyMatcher.Match> matched = GreedyMatcher.match(cand);
            Map<Integer, Integer> goldOfPred = new HashMap<>();
            matched.forEach(m -> goldOfPred.put(m.pred(), m.gold()));
            for (JsonNode a : gp) {
                if (neutral(a)) {
                    continue;
                }
                c.add("gold");
                c.add("gold_coords", !PyJson.isNone(a, "lat"));
            }
            for (GreedyMatcher.Match m : matched) {
                JsonNode a = gp.get(m.gold());
                JsonNode b = pp.get(m.pred());
                if (neutral(a)) {
                    continue;
                }
                c.add("tp");
                boolean ok = true;
                if (!PyJson.isNone(a, "lat")) {
                    c.add("res_n");
                    if (!PyJson.isNone(b, "lat") && !PyJson.isNone(b, "lon")) {
                        double err = GeoDistance.km(a.get("lat").asDouble(), a.get("lon").asDouble(),
                                b.get("lat").asDouble(), b.get("lon").asDouble());
                        errors.add(err);
                        ok = err < ACCURACY_KM;
                    } else if (!PyJson.isNone(b, "geonameId") && !PyJson.isNone(a, "geonameId")) {
                        ok = sameId(a, b);
                    } else {
                        ok = false;
                    }
                    c.add("res_ok", ok);
                }
                if (!PyJson.isNone(a, "geonameId")) {
                    c.add("gid_n");
                    c.add("gid_ok", !PyJson.isNone(b, "geonameId") && sameId(a, b));
                }
                c.add("e2e_tp", ok);
            }
            long nPred = 0;
            List<JsonNode> notPlaces = PyJson.list(pair.gold(), "notPlaces");
            for (int pi = 0; pi < pp.size(); pi++) {
                Integer gi = goldOfPred.get(pi);
                if (gi != null) {
                    if (!neutral(gp.get(gi))) {
                        nPred++;
                    }
                    continue;
                }
                nPred++;
                JsonNode b = pp.get(pi);
                JsonNode hit = notPlaces.stream().filter(x -> Spans.overlaps(b, x)).findFirst().orElse(null);
                if (PyJson.truthy(hit)) {
                    c.add("notPlaces_reported");
                    notByType.add(notPlaceType(hit));
                }
            }
            c.add("pred", nPred);
            c.add("notPlaces", notPlaces.size());
        }
        return report(pairs.size(), c, errors, notByType);
    }

    private ObjectNode report(int docs, Tally<String> c, List<Double> errors, Tally<String> notByType) {
        List<Double> es = new ArrayList<>(errors);
        es.sort(null);
        ObjectNode res = JsonNodeFactory.instance.objectNode();
        res.put("docs", docs);
        res.put("match", mode);
        res.set("recognition", Prf.of(c.get("tp"), c.get("pred"), c.get("gold")).toJson());
        Prf.putRatio(res, "acc@161km_on_matched", Prf.ratio(c.get("res_ok"), c.get("res_n")));
        res.put("resolved_pairs", c.get("res_n"));
        Prf.putRatio(res, "acc@161km_all_gold_with_coords", Prf.ratio(c.get("res_ok"), c.get("gold_coords")));
        Prf.putRatio(res, "geonameId_acc_on_matched", Prf.ratio(c.get("gid_ok"), c.get("gid_n")));
        res.put("geonameId_pairs", c.get("gid_n"));
        res.set("end_to_end", Prf.of(c.get("e2e_tp"), c.get("pred"), c.get("gold")).toJson());
        ObjectNode km = res.putObject("error_km");
        Prf.putRatio(km, "mean", es.isEmpty() ? null : sum(es) / es.size());
        Prf.putRatio(km, "median", median(es));
        Prf.putRatio(km, "auc", auc(es));
        ObjectNode np = res.putObject("notPlaces_reported");
        np.put("count", c.get("notPlaces_reported"));
        np.put("notPlaces", c.get("notPlaces"));
        ObjectNode byType = np.putObject("by_type");
        notByType.mostCommon(Integer.MAX_VALUE).forEach(e -> byType.put(e.getKey(), e.getValue()));
        return res;
    }

    private boolean neutral(JsonNode goldPlace) {
        return PyJson.truthy(goldPlace, "optional") && !useOptional;
    }

    private boolean matches(String text, JsonNode a, JsonNode b) {
        switch (mode) {
            case "exact":
                return Spans.start(a) == Spans.start(b) && Spans.end(a) == Spans.end(b);
            case "inexact": // Gritta et al.: centres less than 10 characters apart, same lower-cased string
                double centreA = (Spans.start(a) + Spans.end(a)) / 2.0;
                double centreB = (Spans.start(b) + Spans.end(b)) / 2.0;
                return Math.abs(centreA - centreB) < 10 && surface(text, a).equals(surface(text, b));
            default:
                return Spans.overlaps(a, b);
        }
    }

    private static String surface(String text, JsonNode n) {
        String t = PyJson.str(n, "text");
        if (t == null || t.isEmpty()) {
            int s = Math.max(0, Math.min(text.length(), Spans.start(n)));
            int e = Math.max(s, Math.min(text.length(), Spans.end(n)));
            t = text.substring(s, e);
        }
        return t.toLowerCase(Locale.ROOT);
    }

    private static boolean sameId(JsonNode a, JsonNode b) {
        return PyJson.asLong(a.get("geonameId")) == PyJson.asLong(b.get("geonameId"));
    }

    private static String notPlaceType(JsonNode hit) {
        for (String field : List.of("gwnType", "reason")) {
            if (PyJson.truthy(hit, field)) {
                return PyJson.str(hit, field);
            }
        }
        return "notPlace";
    }

    private static double sum(List<Double> xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s;
    }

    private static Double median(List<Double> es) {
        int n = es.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? es.get(n / 2) : (es.get(n / 2 - 1) + es.get(n / 2)) / 2;
    }

    // Area under the curve of sorted log errors, normalised by the largest possible error (half the equator).
    private static Double auc(List<Double> errors) {
        if (errors.size() < 2) {
            return null;
        }
        List<Double> y = new ArrayList<>();
        errors.forEach(e -> y.add(Math.log(1 + e)));
        y.sort(null);
        double area = 0;
        for (int i = 0; i < y.size() - 1; i++) {
            area += (y.get(i) + y.get(i + 1)) / 2;
        }
        return area / (Math.log(20039.0) * (y.size() - 1));
    }
}
