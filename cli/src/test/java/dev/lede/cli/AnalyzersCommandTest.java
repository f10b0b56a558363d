package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.junit.jupiter.api.Test;

import static dev.lede.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzersCommandTest {

    @Test
    void listsTextWithWhatItProvides() {
        CliRun r = run("analyzers");
        assertEquals(0, r.exit(), r.err());
        String textLine = r.out().lines().filter(l -> l.startsWith("text ")).findFirst().orElse("");
        assertTrue(textLine.contains("tokens, sentences and paragraphs"), r.out());
        assertTrue(r.out().contains("requires: -; provides: paragraphs, sentences, tokens"), r.out());
    }

    @Test
    void jsonListsEveryInstalledAnalyzer() throws Exception {
        CliRun r = run("analyzers", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode list = LedeJson.mapper().readTree(r.out());
        JsonNode text = null;
        for (JsonNode a : list) {
            if ("text".equals(a.path("name").asText())) {
                text = a;
            }
        }
        assertTrue(text != null, r.out());
        assertEquals(3, text.path("provides").size());
        assertEquals(dev.lede.pipeline.PipelineFactory.create().registry().names().size(), list.size());
    }
}
