package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldTextTest {

    @Test
    void readsTheTextFromTheSiblingFileWhenTheGoldHasNone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("story.txt"), "Mayor Lee spoke.");
        Path gold = dir.resolve("story.gold.json");
        JsonNode doc = LedeJson.mapper().readTree("{\"id\":\"story\",\"entities\":[]}");

        List<JsonNode> attached = GoldText.attach(List.of(doc), gold);

        assertEquals("Mayor Lee spoke.", attached.get(0).path("text").asText());
    }

    @Test
    void failsWithTheMissingFileNamed(@TempDir Path dir) throws Exception {
        JsonNode doc = LedeJson.mapper().readTree("{\"id\":\"story\"}");
        UsageException e = assertThrows(UsageException.class,
                () -> GoldText.attach(List.of(doc), dir.resolve("story.gold.json")));
        assertTrue(e.getMessage().contains("story.txt"), e.getMessage());
    }

    @Test
    void inputOnlyDropsTheAnnotations() throws Exception {
        JsonNode doc = LedeJson.mapper().readTree(
                "{\"id\":\"a\",\"text\":\"t\",\"metadata\":{\"date\":\"2025\"},\"entities\":[{}],\"layers\":[\"entities\"]}");
        JsonNode input = GoldText.inputOnly(doc);
        assertEquals("a", input.path("id").asText());
        assertEquals("2025", input.path("metadata").path("date").asText());
        assertFalse(input.has("entities"));
        assertFalse(input.has("layers"));
    }
}
