package dev.lede.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.Token;
import dev.lede.document.Document;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;
import dev.lede.document.Metadata;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.AnalyzerError;
import dev.lede.testkit.example.Shout;
import dev.lede.testkit.example.ShoutProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultWriterTest {
    private static final String TEXT = "NATO met Jens in Oslo.";

    private static AnalysisResult result(String id) {
        Document doc = new Document(id, TEXT,
                new Metadata("Talks", "2026-03-03", null, null, "en", Map.of("publisher", "Lede Wire")));
        Map<LayerKey<?>, List<?>> layers = new LinkedHashMap<>();
        layers.put(Layers.TOKENS, List.of(new Token(0, 4, Token.Kind.WORD), new Token(5, 8, Token.Kind.WORD)));
        layers.put(ShoutProvider.SHOUTS, List.of(new Shout(0, 4, "NATO")));
        layers.put(Layers.ENTITIES, List.of(new Entity("e1", EntityType.PERSON, "Jens",
                List.of(new Mention(9, 13, "Jens", MentionKind.NAME)), null)));
        return new AnalysisResult(id, doc, layers, List.of(new AnalyzerError("geo", "gazetteer missing")), Map.of());
    }

    @Test
    void writesSchemaOneWithMetadataLayersAndErrors() throws Exception {
        JsonNode json = LedeJson.mapper().readTree(new ResultWriter(true, null).toJson(result("d1")));
        assertEquals(1, json.get("schema").asInt());
        assertEquals("d1", json.get("id").asText());
        assertEquals("Talks", json.at("/metadata/title").asText());
        assertEquals("Lede Wire", json.at("/metadata/publisher").asText());
        assertTrue(json.get("metadata").path("source").isMissingNode(), "null metadata fields are left out");
        assertEquals(TEXT, json.get("text").asText());
        assertEquals("word", json.at("/tokens/0/kind").asText());
        assertEquals(5, json.at("/tokens/1/start").asInt());
        assertEquals("NATO", json.at("/shouts/0/text").asText());
        assertEquals("PERSON", json.at("/entities/0/type").asText());
        assertEquals("name", json.at("/entities/0/mentions/0/kind").asText());
        assertFalse(json.at("/entities/0").has("salience"), "null fields are left out");
        assertEquals("geo", json.at("/errors/0/analyzer").asText());
        assertEquals("gazetteer missing", json.at("/errors/0/message").asText());
        List<String> fields = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("schema", "id", "metadata", "text", "tokens", "shouts", "entities", "errors"), fields);
    }

    @Test
    void canLeaveOutTheTextAndChooseLayers() throws Exception {
        JsonNode json = LedeJson.mapper().readTree(new ResultWriter(false, Set.of("shouts")).toJson(result("d1")));
        assertFalse(json.has("text"));
        assertFalse(json.has("tokens"));
        assertTrue(json.has("shouts"));
        assertTrue(json.has("errors"));
    }

    @Test
    void aFailedInputIsWrittenWithItsErrorAndNoMetadata() throws Exception {
        JsonNode json = new ResultWriter(true, null).toTree(AnalysisResult.failedInput("broken.json", "not JSON"));
        assertEquals("broken.json", json.get("id").asText());
        assertFalse(json.has("metadata"));
        assertEquals("input", json.at("/errors/0/analyzer").asText());
    }

    @Test
    void jsonLinesWritesOneObjectPerLineOrOneArray() throws Exception {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(lines, new ResultWriter(false, null), false)) {
            w.write(result("a"));
            w.write(result("b"));
        }
        String[] out = lines.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, out.length);
        assertEquals("a", LedeJson.mapper().readTree(out[0]).get("id").asText());
        assertEquals("b", LedeJson.mapper().readTree(out[1]).get("id").asText());

        ByteArrayOutputStream array = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(array, new ResultWriter(false, null), true)) {
            w.write(result("a"));
            w.write(result("b"));
        }
        JsonNode all = LedeJson.mapper().readTree(array.toString(StandardCharsets.UTF_8));
        assertTrue(all.isArray());
        assertEquals(2, all.size());
        assertEquals("b", all.get(1).get("id").asText());
    }
}
