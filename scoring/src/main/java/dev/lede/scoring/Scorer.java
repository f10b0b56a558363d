package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predictions against gold documents, layer by layer, exactly as the reference scorer
 * {@code eval/tools/score.py} does (a test script checks that both agree on every development set). Gold and
 * predictions are documents in Lede's JSON; predictions are paired with gold by {@code id} (a missing prediction
 * scores as empty). A layer is scored over the gold documents annotated for it: those whose {@code layers} list
 * names it, or, for a gold document without {@code layers}, those that have the layer's key.
 */
public final class Scorer {
    private Scorer() {
    }

    /**
     * @param gold        gold documents in Lede's JSON, each with its {@code text}
     * @param predictions predicted documents, paired with the gold by {@code id} (or by position with
     *                    {@link ScoreOptions#byOrder()})
     */
    public static ScoreReport score(List<JsonNode> gold, List<JsonNode> predictions, ScoreOptions options) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        if (options.byOrder()) {
            for (int i = 0; i < Math.min(gold.size(), predictions.size()); i++) {
                byId.put(id(gold.get(i)), predictions.get(i));
            }
        } else {
            // web-page predictions may be named after their files, as score_html.py allows ("<id>.html.gz")
            boolean pages = gold.stream().anyMatch(g -> g.has(PageGold.BODY));
            for (JsonNode p : predictions) {
                byId.putIfAbsent(pages ? PageGold.pageId(id(p)) : id(p), p);
            }
        }
        Set<String> goldIds = new HashSet<>();
        gold.forEach(g -> goldIds.add(id(g)));
        long notInGold = byId.keySet().stream().filter(k -> !goldIds.contains(k)).count();
        long missing = gold.stream().filter(g -> !byId.containsKey(id(g))).count();

        ObjectNode res = JsonNodeFactory.instance.objectNode();
        res.put("gold_docs", gold.size());
        res.put("pred_docs_missing", missing);
        res.put("pred_docs_not_in_gold", notInGold);
        for (String layer : layersToScore(gold, options)) {
            List<DocPair> pairs = new ArrayList<>();
            for (JsonNode g : gold) {
                if (annotatedFor(g, layer)) {
                    pairs.add(new DocPair(g, byId.get(id(g))));
                }
            }
            res.set(layer, scoreLayer(layer, pairs, options));
        }
        return new ScoreReport(res);
    }

    private static ObjectNode scoreLayer(String layer, List<DocPair> pairs, ScoreOptions options) {
        return switch (layer) {
            case "entities" -> new EntityScorer(options.typesMap()).score(pairs);
            case "quotes" -> new QuoteScorer(options.theta()).score(pairs);
            case "numbers" -> new NumberScorer().score(pairs);
            case "places" -> new PlaceScorer(options.placeMatch(), options.useOptionalPlaces(),
                    options.placesRequireCoords()).score(pairs);
            case "times" -> new TimeScorer().score(pairs);
            case "text" -> new TextScorer().score(pairs);
            default -> throw new IllegalArgumentException("unknown layer " + layer);
        };
    }

    // The chosen layers in the order given (as score.py's repeated --layer), else every layer a gold document names.
    private static List<String> layersToScore(List<JsonNode> gold, ScoreOptions options) {
        if (!options.layers().isEmpty()) {
            return List.copyOf(options.layers());
        }
        return ScoreOptions.LAYERS.stream().filter(layer -> gold.stream().anyMatch(g -> annotatedFor(g, layer))).toList();
    }

    /**
     * Whether a gold document is annotated for the layer: listed in "layers", or, without that list, present; the
     * text layer only for web-page gold (with an {@code articleBody}).
     */
    static boolean annotatedFor(JsonNode gold, String layer) {
        if (layer.equals("text") && !gold.has(PageGold.BODY)) {
            return false; // every document has a text; only web-page gold says what its main text should be
        }
        JsonNode layers = gold.get("layers");
        if (layers == null) {
            return gold.has(layer);
        }
        for (JsonNode l : layers) {
            if (layer.equals(l.asText())) {
                return true;
            }
        }
        return false;
    }

    // Documents are paired by the string form of their id (score.py keys predictions by str(id)).
    private static String id(JsonNode doc) {
        JsonNode id = doc.get("id");
        return id == null || id.isNull() ? "None" : PyJson.pyStr(id);
    }
}
