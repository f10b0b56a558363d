package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextScorerTest {
    private static final String GOLD = "{\"p1\": {\"articleBody\": \"one two three four five\", \"url\": \"u1\"},"
            + " \"p2\": {\"articleBody\": \"alpha beta gamma delta\"}, \"p3\": {\"articleBody\": \"x y\"}}";

    private static List<JsonNode> read(String json) throws IOException {
        return GoldFiles.read(new StringReader(json));
    }

    private static JsonNode pred(String id, String text) {
        return LedeJson.mapper().createObjectNode().put("id", id).put("text", text);
    }

    @Test
    void theBenchmarkMapBecomesOneGoldDocumentPerPage() throws IOException {
        List<JsonNode> gold = read(GOLD);
        assertEquals(3, gold.size());
        assertEquals("p1", gold.get(0).get("id").asText());
        assertEquals("u1", gold.get(0).get("url").asText());
        assertTrue(PageGold.isPageGold(gold.get(0)));
        assertFalse(PageGold.isPageGold(LedeJson.mapper().createObjectNode().put("id", "a").put("text", "b")));
    }

    @Test
    void shinglesAreScoredPerPageAndAveraged() throws IOException {
        // p1: gold shingles {1234, 2345}; pred "one two three four six" -> {1234, 234six}: tp 1, fp 1, fn 1
        // p2: exact (the file name form of the id is paired too); p3: missing -> recall 0, no precision row
        List<JsonNode> preds = List.of(pred("p1", "one two three four six"), pred("p2.html.gz", "Alpha... beta, gamma delta"));
        ScoreReport report = Scorer.score(read(GOLD), preds, ScoreOptions.defaults().withLayers(Set.of("text")));
        assertEquals(3, report.metric("text.pages"));
        assertEquals(1, report.metric("text.missing"));
        assertEquals((0.5 + 0.0) / 2, report.metric("text.precision"), 1e-9, "p2's tokens differ in case");
        assertEquals((0.5 + 0.0 + 0.0) / 3, report.metric("text.recall"), 1e-9);
        assertEquals(0.0, report.metric("text.accuracy"), 1e-9);
        List<JsonNode> exact = List.of(pred("p1", "one two, three four five."), pred("p2", "alpha beta gamma delta"),
                pred("p3", "x, y"));
        ScoreReport perfect = Scorer.score(read(GOLD), exact, ScoreOptions.defaults());
        assertEquals(1.0, perfect.metric("text.recall"), 1e-9);
        assertEquals(1.0, perfect.metric("text.precision"), 1e-9);
        assertEquals(1.0, perfect.metric("text.accuracy"), 1e-9, "punctuation is no token");
        List<JsonNode> cased = List.of(pred("p1", "One two three four five"));
        assertEquals(0.5 / 3, Scorer.score(read(GOLD), cased, ScoreOptions.defaults()).metric("text.recall"), 1e-9,
                "tokens are compared with their case: only the second shingle of p1 matches");
    }

    @Test
    void otherGoldHasNoTextLayer() throws IOException {
        List<JsonNode> gold = read("{\"id\": \"d\", \"text\": \"Some words here.\", \"entities\": []}");
        ScoreReport report = Scorer.score(gold, gold, ScoreOptions.defaults());
        assertTrue(report.has("entities"));
        assertFalse(report.has("text"));
    }

    @Test
    void wordTokensFollowPythonsUnicodeWordClass() {
        assertEquals(List.of("caf\u00e9", "Nr", "3", "x_y", "\u00bd"), WordTokens.of("caf\u00e9 -- Nr.3 x_y \u00bd"));
        // a combining mark is no word character in Python's re: it splits the token
        assertEquals(List.of("e", "x"), WordTokens.of("e\u0301x"));
    }
}
