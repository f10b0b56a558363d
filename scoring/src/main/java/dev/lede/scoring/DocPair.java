package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;

/** A gold document and the prediction for it; {@code pred} is null when the prediction is missing (scores as empty). */
record DocPair(JsonNode gold, JsonNode pred) {

    /**
     * The document text, for trimming quote edges and comparing place names: the gold's, else the prediction's (a
     * hand-annotated gold file may keep its text in a separate file), else empty (nothing is trimmed).
     */
    String text() {
        String t = PyJson.str(gold, "text");
        if (t == null) {
            t = PyJson.str(pred, "text");
        }
        return t == null ? "" : t;
    }
}
