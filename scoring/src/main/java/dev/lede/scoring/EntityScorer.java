package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Entities: name mentions (kind "name", or no kind) scored by exact span + type (micro and per type), span only,
 * and span overlap + type (one-to-one); coreference B-cubed over the gold mentions whose exact span the system
 * also reports, by entity id. Types are mapped on both sides first ({@code NORP=MISC}, {@code X=DROP}).
 */
final class EntityScorer {
    private final Map<String, String> typesMap;

    EntityScorer(Map<String, String> typesMap) {
        this.typesMap = typesMap;
    }

    private record SpanKey(int start, int end) {
    }

    ObjectNode score(List<DocPair> pairs) {
        Tally<String> tp = new Tally<>();
        Tally<String> nGold = new Tally<>();
        Tally<String> nPred = new Tally<>();
        Tally<List<String>> confusion = new Tally<>();
        long spanTp = 0;
        long spanGold = 0;
        long spanPred = 0;
        long overlapTp = 0;
        Coref coref = new Coref();
        for (DocPair pair : pairs) {
            Map<SpanKey, String> gold = new LinkedHashMap<>();
            for (JsonNode e : PyJson.list(pair.gold(), "entities")) {
                String t = mapped(PyJson.str(e, "type"));
                for (JsonNode m : PyJson.list(e, "mentions")) {
                    if (isName(m) && truthy(t)) {
                        gold.put(key(m), t); // a later mention of the same span wins, as in score.py
                    }
                }
            }
            Map<SpanKey, String> system = new LinkedHashMap<>();
            for (JsonNode e : PyJson.list(pair.pred(), "entities")) {
                String t = mapped(PyJson.str(e, "type"));
                for (JsonNode m : PyJson.list(e, "mentions")) {
                    if (isName(m) && truthy(t)) {
                        system.putIfAbsent(key(m), t);
                    }
                }
            }
            for (Map.Entry<SpanKey, String> g : gold.entrySet()) {
                String t = g.getValue();
                nGold.add(t);
                String s = system.get(g.getKey());
                if (t.equals(s)) {
                    tp.add(t);
                } else if (system.containsKey(g.getKey())) {
                    confusion.add(List.of(t, s));
                }
            }
            system.values().forEach(nPred::add);
            spanTp += gold.keySet().stream().filter(system::containsKey).count();
            spanGold += gold.size();
            spanPred += system.size();
            overlapTp += overlapMatches(gold, system);
            if (!coref.skips(pair.gold())) {
                coref.add(pair);
            }
        }
        TreeSet<String> types = new TreeSet<>(nGold.asMap().keySet());
        types.addAll(nPred.asMap().keySet());
        ObjectNode res = JsonNodeFactory.instance.objectNode();
        res.put("docs", pairs.size());
        res.set("micro", Prf.of(tp.total(), nPred.total(), nGold.total()).toJson());
        ObjectNode perType = res.putObject("per_type");
        for (String t : types) {
            perType.set(t, Prf.of(tp.get(t), nPred.get(t), nGold.get(t)).toJson());
        }
        res.set("span_only", Prf.of(spanTp, spanPred, spanGold).toJson());
        res.set("overlap_typed", Prf.of(overlapTp, spanPred, spanGold).toJson());
        ArrayNode confusions = res.putArray("type_confusions");
        for (Map.Entry<List<String>, Long> c : confusion.mostCommon(8)) {
            confusions.addArray().add(c.getKey().get(0)).add(c.getKey().get(1)).add(c.getValue());
        }
        if (coref.goldMentions > 0) {
            res.set("coref_b3", coref.toJson());
        }
        return res;
    }

    // One-to-one matching of same-type overlapping mentions, greedy by overlap length.
    private static int overlapMatches(Map<SpanKey, String> gold, Map<SpanKey, String> system) {
        List<Map.Entry<SpanKey, String>> gl = new ArrayList<>(gold.entrySet());
        List<Map.Entry<SpanKey, String>> sl = new ArrayList<>(system.entrySet());
        List<GreedyMatcher.Candidate> cand = new ArrayList<>();
        for (int i = 0; i < gl.size(); i++) {
            SpanKey x = gl.get(i).getKey();
            for (int j = 0; j < sl.size(); j++) {
                SpanKey y = sl.get(j).getKey();
                if (gl.get(i).getValue().equals(sl.get(j).getValue()) && Spans.overlaps(x.start, x.end, y.start, y.end)) {
                    int ov = Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
                    cand.add(new GreedyMatcher.Candidate(ov, i, j));
                }
            }
        }
        return GreedyMatcher.match(cand).size();
    }

    private String mapped(String type) {
        String t = (type == null ? "" : type).toUpperCase(Locale.ROOT);
        return typesMap.containsKey(t) ? typesMap.get(t) : t;
    }

    private static boolean truthy(String s) {
        return s != null && !s.isEmpty();
    }

    private static boolean isName(JsonNode mention) {
        return "name".equals(PyJson.strOr(mention, "kind", "name"));
    }

    private static SpanKey key(JsonNode m) {
        return new SpanKey(Spans.start(m), Spans.end(m));
    }

    /** B-cubed over the gold mentions (any kind) whose exact span the system also reports. */
    private static final class Coref {
        double precisionSum;
        double recallSum;
        long n;
        long goldMentions;
        long found;
        final Tally<String> kindTotal = new Tally<>();
        final Tally<String> kindFound = new Tally<>();

        boolean skips(JsonNode gold) {
            JsonNode flag = PyJson.get(PyJson.get(gold, "metadata"), "entityCoref");
            return flag != null && flag.isBoolean() && !flag.booleanValue();
        }

        void add(DocPair pair) {
            Map<SpanKey, String> goldOf = new LinkedHashMap<>();
            for (JsonNode e : PyJson.list(pair.gold(), "entities")) {
                for (JsonNode m : PyJson.list(e, "mentions")) {
                    goldOf.putIfAbsent(key(m), idKey(e, null));
                    kindTotal.add(kindOf(m));
                }
            }
            Map<SpanKey, String> predOf = new HashMap<>();
            List<JsonNode> predEntities = PyJson.list(pair.pred(), "entities");
            for (int i = 0; i < predEntities.size(); i++) {
                JsonNode e = predEntities.get(i);
                for (JsonNode m : PyJson.list(e, "mentions")) {
                    predOf.putIfAbsent(key(m), idKey(e, "#" + i));
                }
            }
            List<SpanKey> foundSpans = goldOf.keySet().stream().filter(predOf::containsKey).toList();
            goldMentions += goldOf.size();
            found += foundSpans.size();
            for (JsonNode e : PyJson.list(pair.gold(), "entities")) {
                for (JsonNode m : PyJson.list(e, "mentions")) {
                    if (predOf.containsKey(key(m))) {
                        kindFound.add(kindOf(m));
                    }
                }
            }
            Map<String, Set<SpanKey>> goldClusters = new HashMap<>();
            Map<String, Set<SpanKey>> predClusters = new HashMap<>();
            for (SpanKey sp : foundSpans) {
                goldClusters.computeIfAbsent(goldOf.get(sp), k -> new HashSet<>()).add(sp);
                predClusters.computeIfAbsent(predOf.get(sp), k -> new HashSet<>()).add(sp);
            }
            for (SpanKey sp : foundSpans) {
                Set<SpanKey> g = goldClusters.get(goldOf.get(sp));
                Set<SpanKey> p = predClusters.get(predOf.get(sp));
                long inter = g.stream().filter(p::contains).count();
                precisionSum += (double) inter / p.size();
                recallSum += (double) inter / g.size();
                n++;
            }
        }

        // JSON null as a kind is kept apart from a missing kind (which means "name"), as dict.get does.
        private static String kindOf(JsonNode m) {
            String k = PyJson.strOr(m, "kind", "name");
            return k == null ? "null" : k;
        }

        // An entity id as a map key: JSON value rendered so that "1" and 1 stay apart; a missing id (and only a
        // missing one, as with Python's e.get("id", "#i")) takes the fallback.
        private static String idKey(JsonNode entity, String fallbackWhenMissing) {
            if (!entity.has("id") && fallbackWhenMissing != null) {
                return "\"" + fallbackWhenMissing + "\"";
            }
            JsonNode id = entity.get("id");
            return id == null ? "null" : id.toString();
        }

        ObjectNode toJson() {
            double bp = n > 0 ? precisionSum / n : 0.0;
            double br = n > 0 ? recallSum / n : 0.0;
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("p", bp);
            o.put("r", br);
            o.put("f1", bp + br == 0 ? 0.0 : 2 * bp * br / (bp + br));
            o.put("mentions_found", found);
            o.put("gold_mentions", goldMentions);
            ObjectNode byKind = o.putObject("found_by_kind");
            for (String k : new TreeSet<>(kindTotal.asMap().keySet())) {
                byKind.put(k, kindFound.get(k) + "/" + kindTotal.get(k));
            }
            return o;
        }
    }
}
