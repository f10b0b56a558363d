package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times (TempEval-3's measures, as {@code score.py --layer times}): one-to-one matching at span-exact (strict) and
 * span-overlap (relaxed, greedy by overlap length); on the overlap pairs +type, +value and +type+value; type and value
 * accuracy on matched pairs; per-type F1 (overlap + type) and recall per gold type. Values compare as
 * {@link TimexValues} says.
 */
final class TimeScorer {

    ObjectNode score(List<DocPair> pairs) {
        Tally<String> c = new Tally<>();
        Map<String, Tally<String>> byType = new TreeMap<>(); // score.py sorts the types
        for (DocPair pair : pairs) {
            List<JsonNode> gt = PyJson.list(pair.gold(), "times").stream().filter(Spans::hasStart).toList();
            List<JsonNode> pt = PyJson.list(pair.pred(), "times").stream().filter(Spans::hasStart).toList();
            c.add("gold", gt.size());
            c.add("pred", pt.size());
            gt.forEach(t -> byType.computeIfAbsent(type(t), k -> new Tally<>()).add("gold"));
            pt.forEach(t -> byType.computeIfAbsent(type(t), k -> new Tally<>()).add("pred"));
            List<GreedyMatcher.Candidate> exact = new ArrayList<>();
            List<GreedyMatcher.Candidate> overlap = new ArrayList<>();
            for (int gi = 0; gi < gt.size(); gi++) {
                JsonNode a = gt.get(gi);
                for (int pi = 0; pi < pt.size(); pi++) {
                    JsonNode b = pt.get(pi);
                    if (Spans.start(a) == Spans.start(b) && Spans.end(a) == Spans.end(b)) {
                        exact.add(new GreedyMatcher.Candidate(1, gi, pi));
                    }
                    if (Spans.overlaps(a, b)) {
                        overlap.add(new GreedyMatcher.Candidate(Spans.overlap(a, b), gi, pi));
                    }
                }
            }
            c.add("exact", GreedyMatcher.match(exact).size());
            for (GreedyMatcher.Match m : GreedyMatcher.match(overlap)) {
                JsonNode a = gt.get(m.gold());
                JsonNode b = pt.get(m.pred());
                boolean sameType = type(a).equals(type(b));
                boolean value = TimexValues.valueOk(a, b);
                c.add("overlap");
                c.add("type", sameType);
                c.add("value", value);
                c.add("type_value", sameType && value);
                Tally<String> t = byType.computeIfAbsent(type(a), k -> new Tally<>());
                t.add("overlap");
                t.add("value", value);
                t.add("typed_tp", sameType);
            }
        }
        return report(pairs.size(), c, byType);
    }

    private static ObjectNode report(int docs, Tally<String> c, Map<String, Tally<String>> byType) {
        ObjectNode res = JsonNodeFactory.instance.objectNode();
        res.put("docs", docs);
        res.set("span_exact", Prf.of(c.get("exact"), c.get("pred"), c.get("gold")).toJson());
        res.set("span_overlap", Prf.of(c.get("overlap"), c.get("pred"), c.get("gold")).toJson());
        res.set("+type", Prf.of(c.get("type"), c.get("pred"), c.get("gold")).toJson());
        res.set("+value", Prf.of(c.get("value"), c.get("pred"), c.get("gold")).toJson());
        res.set("+type+value", Prf.of(c.get("type_value"), c.get("pred"), c.get("gold")).toJson());
        Prf.putRatio(res, "type_accuracy_on_matched", Prf.ratio(c.get("type"), c.get("overlap")));
        Prf.putRatio(res, "value_accuracy_on_matched", Prf.ratio(c.get("value"), c.get("overlap")));
        ObjectNode perType = res.putObject("per_type");
        byType.forEach((t, x) -> perType.set(t, Prf.of(x.get("typed_tp"), x.get("pred"), x.get("gold")).toJson()));
        ObjectNode recall = res.putObject("recall_by_gold_type");
        byType.forEach((t, x) -> {
            if (x.get("gold") > 0) {
                ObjectNode o = recall.putObject(t);
                Prf.putRatio(o, "overlap", Prf.ratio(x.get("overlap"), x.get("gold")));
                Prf.putRatio(o, "value", Prf.ratio(x.get("value"), x.get("gold")));
                o.put("gold", x.get("gold"));
            }
        });
        return res;
    }

    // str(t.get("type") or "").lower()
    private static String type(JsonNode t) {
        JsonNode v = PyJson.get(t, "type");
        return PyJson.truthy(v) ? PyJson.pyStr(v).toLowerCase(Locale.ROOT) : "";
    }
}
