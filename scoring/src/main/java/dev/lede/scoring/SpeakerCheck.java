package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a matched quote's speaker is right: gold has no speaker and the prediction has none; or the predicted
 * speaker span overlaps the gold speaker span or a mention of the gold speaker entity; or the predicted speaker
 * entity ({@code quote.speakerEntity} or {@code speaker.entity}) has a mention that does.
 */
final class SpeakerCheck {
    private SpeakerCheck() {
    }

    static boolean correct(JsonNode predQuote, JsonNode goldQuote, JsonNode goldDoc, JsonNode predDoc) {
        JsonNode gs = PyJson.get(goldQuote, "speaker");
        JsonNode goldEntity = PyJson.get(goldQuote, "speakerEntity");
        JsonNode rawPs = PyJson.get(predQuote, "speaker");
        JsonNode ps = rawPs != null && rawPs.isObject() ? rawPs : null;
        JsonNode predEntity = PyJson.get(predQuote, "speakerEntity");
        if (!PyJson.truthy(predEntity)) {
            predEntity = PyJson.truthy(ps) ? PyJson.get(ps, "entity") : null;
        }
        boolean predSpan = PyJson.truthy(ps) && Spans.hasStart(ps);
        if (!PyJson.truthy(gs) && !PyJson.truthy(goldEntity)) {
            return !predSpan && !PyJson.truthy(predEntity);
        }
        List<JsonNode> targets = new ArrayList<>();
        if (PyJson.truthy(gs)) {
            targets.add(gs);
        }
        if (PyJson.truthy(goldEntity)) {
            targets.addAll(mentionsOf(goldDoc, goldEntity));
        }
        if (predSpan && targets.stream().anyMatch(t -> Spans.overlaps(ps, t))) {
            return true;
        }
        if (PyJson.truthy(predEntity)) {
            for (JsonNode m : mentionsOf(predDoc, predEntity)) {
                if (targets.stream().anyMatch(t -> Spans.overlaps(m, t))) {
                    return true;
                }
            }
        }
        return false;
    }

    // Mentions of every entity with that id (score.py does not stop at the first).
    private static List<JsonNode> mentionsOf(JsonNode doc, JsonNode entityId) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : PyJson.list(doc, "entities")) {
            if (PyJson.sameValue(PyJson.get(e, "id"), entityId)) {
                out.addAll(PyJson.list(e, "mentions"));
            }
        }
        return out;
    }
}
