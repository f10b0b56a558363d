package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;

/** A gold document and the prediction for it; {@code pred} is null when the prediction is missing (scores as empty). */
record DocPair(JsonNode gold, JsonNode pred) {
}
