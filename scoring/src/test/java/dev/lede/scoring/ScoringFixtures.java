package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.json.LedeJson;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written gold of the scoring tests (src/test/resources/scoring/gold.jsonl, text written for Lede): doc
 * "geneva" annotated for all four layers, doc "porto" for entities and places. Predictions are copies of it with
 * one thing changed, so each test shows which metric that change moves.
 */
final class ScoringFixtures {
    private ScoringFixtures() {
    }

    static List<JsonNode> gold() {
        return read("/scoring/gold.jsonl");
    }

    static List<JsonNode> read(String resource) {
        try (Reader in = new InputStreamReader(ScoringFixtures.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return GoldFiles.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A deep copy of the gold, to be changed into a prediction. */
    static List<JsonNode> copyOfGold() {
        List<JsonNode> out = new ArrayList<>();
        gold().forEach(d -> out.add(d.deepCopy()));
        return out;
    }

    static ObjectNode geneva(List<JsonNode> docs) {
        return (ObjectNode) docs.get(0);
    }

    /** The element of an array layer whose "text" is the given one (first match), e.g. a place or number. */
    static ObjectNode item(ObjectNode doc, String layer, String text) {
        for (JsonNode n : doc.get(layer)) {
            if (text.equals(n.path("text").asText())) {
                return (ObjectNode) n;
            }
        }
        throw new IllegalArgumentException("no " + layer + " item with text " + text);
    }

    static ObjectNode entity(ObjectNode doc, String id) {
        for (JsonNode e : doc.get("entities")) {
            if (id.equals(e.get("id").asText())) {
                return (ObjectNode) e;
            }
        }
        throw new IllegalArgumentException("no entity " + id);
    }

    static ObjectNode quote(ObjectNode doc, String id) {
        for (JsonNode q : doc.get("quotes")) {
            if (id.equals(q.get("id").asText())) {
                return (ObjectNode) q;
            }
        }
        throw new IllegalArgumentException("no quote " + id);
    }

    /** A span object {start, end, text} for the first occurrence of {@code s} in the document text. */
    static ObjectNode span(ObjectNode doc, String s) {
        String text = doc.get("text").asText();
        int i = text.indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException("not in text: " + s);
        }
        ObjectNode o = LedeJson.mapper().createObjectNode();
        o.put("start", i).put("end", i + s.length()).put("text", s);
        return o;
    }

    static ArrayNode array(ObjectNode doc, String layer) {
        return (ArrayNode) doc.get(layer);
    }

    static ScoreReport score(List<JsonNode> pred) {
        return Scorer.score(gold(), pred, ScoreOptions.defaults());
    }

    static ScoreReport score(List<JsonNode> pred, ScoreOptions options) {
        return Scorer.score(gold(), pred, options);
    }
}
