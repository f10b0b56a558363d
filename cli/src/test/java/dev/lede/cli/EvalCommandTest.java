package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.lede.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lede eval} on a two-article gold file written for these tests (eval/gold.jsonl). */
class EvalCommandTest {
    @TempDir
    Path dir;

    static Path gold() throws URISyntaxException {
        return Path.of(EvalCommandTest.class.getResource("/eval/gold.jsonl").toURI());
    }

    static double at(JsonNode report, String path) {
        JsonNode n = report;
        for (String key : path.split("\\.")) {
            n = n.path(key);
        }
        assertTrue(n.isNumber(), path + " in " + report);
        return n.asDouble();
    }

    @Test
    void goldAgainstItselfScoresOneOnEveryLayer() throws Exception {
        CliRun r = run("eval", "--gold", gold().toString(), "--pred", gold().toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode report = LedeJson.mapper().readTree(r.out());
        for (String metric : List.of("entities.micro.f1", "quotes.quotes.f1", "quotes.speaker_accuracy_on_matched",
                "numbers.span_exact.f1", "numbers.+value.f1", "places.end_to_end.f1", "places.acc@161km_on_matched")) {
            assertEquals(1.0, at(report, metric), metric);
        }
    }

    @Test
    void aMissingPredictionLowersRecall() throws Exception {
        Path pred = dir.resolve("pred.jsonl");
        Files.writeString(pred, Files.readAllLines(gold()).get(0) + "\n");
        CliRun r = run("eval", "--gold", gold().toString(), "--pred", pred.toString(), "--json");
        JsonNode report = LedeJson.mapper().readTree(r.out());
        assertEquals(1, at(report, "pred_docs_missing"));
        assertTrue(at(report, "entities.micro.r") < 1.0);
        assertEquals(1.0, at(report, "entities.micro.p"), "what was predicted is right");
    }

    @Test
    void runsTheAnalyzersOverTheGoldTextsAndSavesThePredictions() throws Exception {
        Path saved = dir.resolve("saved.jsonl");
        CliRun r = run("eval", "--gold", gold().toString(), "--analyzers", "text", "--layer", "entities",
                "--save-pred", saved.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("== entities"), r.out());
        assertTrue(!r.out().contains("== quotes"), "only the chosen layer");
        List<String> lines = Files.readAllLines(saved);
        assertEquals(2, lines.size());
        JsonNode first = LedeJson.mapper().readTree(lines.get(0));
        assertEquals("fixture-oslo", first.path("id").asText());
        assertTrue(first.path("tokens").size() > 10, "the pipeline ran on the gold text");
    }

    @Test
    void unknownLayerIsAUsageError() throws Exception {
        CliRun r = run("eval", "--gold", gold().toString(), "--pred", gold().toString(), "--layer", "sentiment");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("sentiment"), r.err());
    }

    @Test
    void goldWithoutTextIsAUsageErrorNotACrash() throws Exception {
        Path noText = dir.resolve("no-text.json");
        Files.writeString(noText, "{\"id\": \"x\", \"entities\": []}");
        CliRun r = run("eval", "--gold", noText.toString(), "--pred", noText.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("has no \"text\""), r.err());
    }
}
