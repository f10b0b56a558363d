package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Numbers: one-to-one matching at span-exact and span-overlap; on overlap pairs, +value, +unit and +approx (each
 * level also requires the previous one; unit and approx only where the document's {@code numberFields} name them).
 * {@code numberTypes} limits false positives to those types (count ~ cardinal); predictions overlapping a
 * notNumber are always false positives and are counted; {@code numbersUnlocated} gold numbers (no offsets) excuse
 * left-over predictions of the same value.
 */
final class NumberScorer {
    private static final Map<String, String> TYPE_FAMILY = Map.of("count", "cardinal");

    ObjectNode score(List<DocPair> pairs) {
        Tally<String> c = new Tally<>();
        // keyed by the gold type; null (a number without type) is a key too
        Map<String, Tally<String>> byType = new LinkedHashMap<>();
        for (DocPair pair : pairs) {
            JsonNode g = pair.gold();
            List<JsonNode> gn = PyJson.list(g, "numbers").stream().filter(Spans::hasStart).toList();
            List<JsonNode> pn = PyJson.list(pair.pred(), "numbers").stream().filter(Spans::hasStart).toList();
            Set<String> scope = scope(g);
            Set<String> fields = fields(g);
            c.add("gold", gn.size());
            List<GreedyMatcher.Candidate> exact = new ArrayList<>();
            List<GreedyMatcher.Candidate> overlap = new ArrayList<>();
            for (int gi = 0; gi < gn.size(); gi++) {
                JsonNode a = gn.get(gi);
                for (int pi = 0; pi < pn.size(); pi++) {
                    JsonNode b = pn.get(pi);
                    if (Spans.start(a) == Spans.start(b) && Spans.end(a) == Spans.end(b)) {
                        exact.add(new GreedyMatcher.Candidate(1, gi, pi));
                    }
                    if (Spans.overlaps(a, b)) {
                        overlap.add(new GreedyMatcher.Candidate(Spans.overlap(a, b), gi, pi));
                    }
                }
            }
            c.add("exact", GreedyMatcher.match(exact).size());
            Set<Integer> matchedPred = new HashSet<>();
            for (GreedyMatcher.Match m : GreedyMatcher.match(overlap)) {
                matchedPred.add(m.pred());
                JsonNode a = gn.get(m.gold());
                JsonNode b = pn.get(m.pred());
                String type = PyJson.str(a, "type");
                c.add("overlap");
                byType.computeIfAbsent(type, k -> new Tally<>()).add("overlap");
                c.add("type_same", Objects.equals(family(type), family(PyJson.str(b, "type"))));
                boolean v = NumberValues.valueOk(a, b);
                boolean u = fields.contains("unit") ? v && NumberValues.unitOk(a, b) : v;
                boolean x = u && (!fields.contains("approx") || PyJson.sameValue(PyJson.get(a, "approx"),
                        PyJson.get(b, "approx")));
                c.add("value", v);
                c.add("unit", u);
                c.add("approx", x);
                byType.get(type).add("value", v);
            }
            for (JsonNode n : gn) {
                byType.computeIfAbsent(PyJson.str(n, "type"), k -> new Tally<>()).add("gold");
            }
            c.add("pred", countPredictions(g, pn, matchedPred, scope, c));
            c.add("notNumbers", PyJson.list(g, "notNumbers").size());
            c.add("unlocated_gold", PyJson.list(g, "numbersUnlocated").size());
        }
        return report(pairs.size(), c, byType);
    }

    // Predictions that count against precision: the matched ones, and left-overs in scope that no unlocated gold
    // number excuses. Tallies notNumbers reported, out-of-scope and excused predictions on the way.
    private static long countPredictions(JsonNode g, List<JsonNode> pn, Set<Integer> matchedPred, Set<String> scope,
                                         Tally<String> c) {
        List<JsonNode> notNumbers = PyJson.list(g, "notNumbers");
        List<JsonNode> unlocated = new ArrayList<>(PyJson.list(g, "numbersUnlocated"));
        long inScope = 0;
        for (int pi = 0; pi < pn.size(); pi++) {
            JsonNode b = pn.get(pi);
            if (matchedPred.contains(pi)) {
                inScope++;
                continue;
            }
            boolean hitNotNumber = notNumbers.stream().anyMatch(x -> Spans.overlaps(b, x));
            if (hitNotNumber) {
                c.add("notNumbers_reported");
            }
            if (!(scope == null || scope.contains(family(PyJson.str(b, "type"))) || hitNotNumber)) {
                c.add("ignored_out_of_scope");
                continue;
            }
            int j = -1;
            for (int k = 0; k < unlocated.size(); k++) {
                if (NumberValues.valueOk(unlocated.get(k), b)) {
                    j = k;
                    break;
                }
            }
            if (j >= 0 && !hitNotNumber) {
                unlocated.remove(j);
                c.add("excused_unlocated");
                continue;
            }
            inScope++;
        }
        return inScope;
    }

    private static ObjectNode report(int docs, Tally<String> c, Map<String, Tally<String>> byType) {
        ObjectNode res = JsonNodeFactory.instance.objectNode();
        res.put("docs", docs);
        for (String level : List.of("exact", "overlap", "value", "unit", "approx")) {
            String name = level.equals("exact") || level.equals("overlap") ? "span_" + level : "+" + level;
            res.set(name, Prf.of(c.get(level), c.get("pred"), c.get("gold")).toJson());
        }
        Prf.putRatio(res, "type_agreement_on_matched", Prf.ratio(c.get("type_same"), c.get("overlap")));
        ObjectNode nn = res.putObject("notNumbers_reported");
        nn.put("count", c.get("notNumbers_reported"));
        nn.put("notNumbers", c.get("notNumbers"));
        res.put("ignored_out_of_scope", c.get("ignored_out_of_scope"));
        if (c.get("unlocated_gold") > 0) {
            ObjectNode u = res.putObject("unlocated_gold");
            u.put("gold", c.get("unlocated_gold"));
            u.put("excused_predictions", c.get("excused_unlocated"));
        }
        ObjectNode recall = res.putObject("recall_by_gold_type");
        // score.py sorts by str(type), so a missing type sorts as "None"; json.dumps writes that key as "null"
        List<Map.Entry<String, Tally<String>>> types = new ArrayList<>(byType.entrySet());
        types.sort(Comparator.comparing(e -> e.getKey() == null ? "None" : e.getKey()));
        for (Map.Entry<String, Tally<String>> e : types) {
            Tally<String> t = e.getValue();
            ObjectNode o = recall.putObject(e.getKey() == null ? "null" : e.getKey());
            Prf.putRatio(o, "overlap", Prf.ratio(t.get("overlap"), t.get("gold")));
            Prf.putRatio(o, "value", Prf.ratio(t.get("value"), t.get("gold")));
            o.put("gold", t.get("gold"));
        }
        return res;
    }

    private static Set<String> scope(JsonNode g) {
        List<JsonNode> types = PyJson.list(g, "numberTypes");
        if (types.isEmpty()) {
            return null;
        }
        Set<String> out = new HashSet<>();
        types.forEach(t -> out.add(family(PyJson.pyStr(t.isNull() ? null : t))));
        return out;
    }

    private static Set<String> fields(JsonNode g) {
        List<JsonNode> listed = PyJson.list(g, "numberFields");
        if (listed.isEmpty()) {
            return Set.of("value", "unit", "approx");
        }
        Set<String> out = new HashSet<>();
        listed.forEach(f -> out.add(f.asText()));
        return out;
    }

    private static String family(String type) {
        return type == null ? null : TYPE_FAMILY.getOrDefault(type, type);
    }
}
