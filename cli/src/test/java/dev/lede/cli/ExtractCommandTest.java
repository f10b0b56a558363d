package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.lede.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    @TempDir
    Path dir;

    static JsonNode json(String s) throws Exception {
        return LedeJson.mapper().readTree(s);
    }

    @Test
    void oneArticleGivesOneSchema1Object() throws Exception {
        Path file = Fixtures.write(dir, "bridge.txt", Fixtures.BRIDGE);
        CliRun r = run("extract", "--analyzers", "text", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = json(r.out());
        assertTrue(doc.isObject(), r.out());
        assertEquals(1, doc.path("schema").asInt());
        assertEquals(Fixtures.BRIDGE, doc.path("text").asText());
        assertTrue(doc.path("tokens").size() > 30);
        assertTrue(doc.path("paragraphs").size() >= 2);
        assertEquals(0, doc.path("errors").size());
        assertEquals("", r.err());
    }

    @Test
    void aDirectoryGivesOneRecordPerInputInSortedOrderIncludingTheBrokenOne() throws Exception {
        Fixtures.write(dir, "a-bridge.txt", Fixtures.BRIDGE);
        Fixtures.writeBroken(dir, "b-broken.txt");
        Fixtures.write(dir, "c/mine.json", Fixtures.jsonDocument("mine-1", "Output up", Fixtures.MINE));
        Fixtures.write(dir, "c/notes.csv", "not,an,article");
        CliRun r = run("extract", "--analyzers", "text", dir.toString());

        assertEquals(0, r.exit(), r.err());
        JsonNode docs = json(r.out());
        assertTrue(docs.isArray(), r.out());
        assertEquals(3, docs.size(), "the .csv is not read");
        assertEquals(Fixtures.BRIDGE, docs.get(0).path("text").asText());
        assertEquals("input", docs.get(1).path("errors").get(0).path("analyzer").asText());
        assertFalse(docs.get(1).has("tokens"));
        assertEquals("mine-1", docs.get(2).path("id").asText());
        assertEquals("Output up", docs.get(2).path("metadata").path("title").asText());
        assertTrue(r.err().contains("1 of 3 documents had errors"), r.err());
    }

    @Test
    void progressAsksForTotalsOnStderrAndLeavesStdoutAlone() throws Exception {
        Path jsonl = Fixtures.write(dir, "progress.jsonl", Fixtures.jsonDocument("p1", "One", Fixtures.BRIDGE) + "\n"
                + Fixtures.jsonDocument("p2", "Two", Fixtures.MINE) + "\n");
        CliRun r = run("extract", "--analyzers", "text", "--format", "jsonl", "--progress", jsonl.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().startsWith("2 documents, "), r.err());
        assertTrue(r.err().trim().endsWith("(done)"), r.err());
        assertEquals(2, r.out().lines().count(), "progress never goes to stdout");
        CliRun quiet = run("extract", "--analyzers", "text", "--format", "jsonl", jsonl.toString());
        assertEquals("", quiet.err(), "without --progress and without a terminal: silent");
    }

    @Test
    void jsonlWritesOneLinePerInput() throws Exception {
        Path jsonl = Fixtures.write(dir, "batch.jsonl", Fixtures.jsonDocument("x1", "One", Fixtures.BRIDGE) + "\n"
                + "{not json\n" + Fixtures.jsonDocument("x3", "Three", Fixtures.MINE) + "\n");
        CliRun r = run("extract", "--analyzers", "text", "--format", "jsonl", "--no-text", jsonl.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertEquals("x1", json(lines.get(0)).path("id").asText());
        assertTrue(json(lines.get(1)).path("errors").size() > 0);
        assertEquals("x3", json(lines.get(2)).path("id").asText());
        assertFalse(json(lines.get(0)).has("text"), "--no-text");
        assertTrue(json(lines.get(2)).path("tokens").size() > 10);
    }

    @Test
    void standardInputIsReadWithDashOrNothing() throws Exception {
        for (String[] args : List.of(new String[]{"extract", "--analyzers", "text", "-"},
                new String[]{"extract", "--analyzers", "text"})) {
            CliRun r = CliRun.runWithStdin(Fixtures.MINE, dev.lede.pipeline.PipelineFactory::create, args);
            assertEquals(0, r.exit(), r.err());
            JsonNode doc = json(r.out());
            assertEquals(Fixtures.MINE, doc.path("text").asText());
        }
    }

    @Test
    void outputOptionWritesTheFile() throws Exception {
        Path file = Fixtures.write(dir, "mine.txt", Fixtures.MINE);
        Path out = dir.resolve("out/result.json");
        Files.createDirectories(out.getParent());
        CliRun r = run("extract", "--analyzers", "text", "--output", out.toString(), file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(Fixtures.MINE, json(Files.readString(out)).path("text").asText());
    }

    @Test
    void unknownAnalyzerIsAUsageErrorListingTheAvailableOnes() throws Exception {
        Path file = Fixtures.write(dir, "mine.txt", Fixtures.MINE);
        CliRun r = run("extract", "--analyzers", "text,sentiment", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("sentiment") && r.err().contains("available") && r.err().contains("text"),
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void otherUsageErrorsExitWith2() throws Exception {
        Path file = Fixtures.write(dir, "mine.txt", Fixtures.MINE);
        List<String[]> bad = new ArrayList<>();
        bad.add(new String[]{"extract", dir.resolve("missing.txt").toString()});
        bad.add(new String[]{"extract", "--set", "nodot=1", file.toString()});
        bad.add(new String[]{"extract", "--set", "nosuch.key=1", file.toString()});
        bad.add(new String[]{"extract", "--input-format", "pdf", file.toString()});
        bad.add(new String[]{"extract", "--format", "xml", file.toString()});
        bad.add(new String[]{"extract", "--threads", "0", file.toString()});
        bad.add(new String[]{"extract", "--output", dir.resolve("no/such/dir/out.json").toString(), file.toString()});
        for (String[] args : bad) {
            CliRun r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + " -> " + r.err());
            assertFalse(r.err().isBlank());
        }
    }

    @Test
    void exitCodeIs1OnlyWhenEveryDocumentFailed() throws Exception {
        Fixtures.writeBroken(dir, "a.txt");
        Fixtures.write(dir, "b.txt", "");
        CliRun allBad = run("extract", "--analyzers", "text", dir.toString());
        assertEquals(1, allBad.exit(), allBad.err());
        assertTrue(allBad.err().contains("2 of 2 documents had errors"), allBad.err());
        assertEquals(2, json(allBad.out()).size(), "still one record per input");

        Fixtures.write(dir, "c.txt", Fixtures.MINE);
        assertEquals(0, run("extract", "--analyzers", "text", dir.toString()).exit());
    }
}
