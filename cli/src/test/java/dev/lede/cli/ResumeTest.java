package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.lede.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code extract --resume} and the output files a stopped run leaves. */
class ResumeTest {
    @TempDir
    Path dir;

    /** Ten small documents with ids d0..d9, as JSON Lines. */
    private Path batch(int n) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            lines.append(Fixtures.jsonDocument("d" + i, "t", "Story " + i + ". The council met on Monday.")).append('\n');
        }
        return Fixtures.write(dir, "batch.jsonl", lines.toString());
    }

    private static List<String> ids(Path jsonl) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode record = LedeJson.mapper().readTree(line);
            ids.add(record.path("id").asText());
        }
        return ids;
    }

    @Test
    void resumeKeepsCompleteRecordsDropsATornLineAndAppendsTheRest() throws Exception {
        Path in = batch(10);
        Path out = dir.resolve("out.jsonl");
        CliRun full = run("extract", "--analyzers", "text", "--format", "jsonl", "-o", out.toString(), in.toString());
        assertEquals(0, full.exit(), full.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        // What a kill leaves: four complete records and the first half of the fifth.
        String torn = String.join("\n", lines.subList(0, 4)) + "\n" + lines.get(4).substring(0, lines.get(4).length() / 2);
        Files.writeString(out, torn, StandardCharsets.UTF_8);

        CliRun resumed = run("extract", "--analyzers", "text", "--format", "jsonl", "-o", out.toString(), "--resume",
                in.toString());

        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.err().contains("resuming after the 4 complete records"), resumed.err());
        assertEquals(List.of("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9"), ids(out));
        assertEquals(lines, Files.readAllLines(out, StandardCharsets.UTF_8), "the same records as one full run");
    }

    @Test
    void resumingACompleteOutputAddsNothing() throws Exception {
        Path in = batch(3);
        Path out = dir.resolve("out.jsonl");
        run("extract", "--analyzers", "text", "--format", "jsonl", "-o", out.toString(), in.toString());
        String before = Files.readString(out);
        CliRun again = run("extract", "--analyzers", "text", "--format", "jsonl", "-o", out.toString(), "--resume",
                in.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(before, Files.readString(out));
    }

    @Test
    void resumingAgainstOtherInputsIsRefused() throws Exception {
        Path out = dir.resolve("out.jsonl");
        run("extract", "--analyzers", "text", "--format", "jsonl", "-o", out.toString(), batch(3).toString());
        Path other = Fixtures.write(dir, "other.jsonl", Fixtures.jsonDocument("x0", "t", "Another story.") + "\n"
                + Fixtures.jsonDocument("x1", "t", "And one more.") + "\n");
        String before = Files.readString(out);

        CliRun r = run("extract", "--analyzers", "text", "--format", "jsonl", "-o", out.toString(), "--resume",
                other.toString());

        assertEquals(2, r.exit());
        assertTrue(r.err().contains("record 1 of " + out + " is 'd0' but input 1 is 'x0'"), r.err());
        assertEquals(before, Files.readString(out), "the output is left as it was");
    }

    @Test
    void resumeWantsAJsonLinesFile() throws Exception {
        Path in = batch(2);
        CliRun noFile = run("extract", "--analyzers", "text", "--format", "jsonl", "--resume", in.toString());
        assertEquals(2, noFile.exit());
        assertTrue(noFile.err().contains("--resume needs -o FILE and --format jsonl"), noFile.err());
        CliRun json = run("extract", "--analyzers", "text", "-o", dir.resolve("o.json").toString(), "--resume",
                in.toString());
        assertEquals(2, json.exit());
    }

    @Test
    void jsonOutputAppearsUnderItsNameOnlyWhenComplete() throws Exception {
        Path in = batch(3);
        Path out = dir.resolve("out.json");
        CliRun r = run("extract", "--analyzers", "text", "-o", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(3, LedeJson.mapper().readTree(out.toFile()).size());
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".partial")), "no temporary file left");
        }
    }
}
