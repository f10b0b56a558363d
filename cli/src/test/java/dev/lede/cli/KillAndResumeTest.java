package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch of 2,000 documents killed with SIGKILL at three random points, each time resumed with {@code --resume}:
 * the output holds every input exactly once, in input order, as one uninterrupted run would. The batch runs in a
 * child JVM (the light text analyzer keeps it quick), since only a separate process can be killed for real.
 */
class KillAndResumeTest {
    private static final int DOCUMENTS = 2000;

    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void threeKillsAndResumesGiveEachInputOnceInOrder() throws Exception {
        Path in = dir.resolve("batch.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < DOCUMENTS; i++) {
            lines.append(Fixtures.jsonDocument("doc-" + i, "t", "Report " + i + ". " + Fixtures.MINE.strip())).append('\n');
        }
        Files.writeString(in, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        long seed = System.nanoTime();
        Random random = new Random(seed);
        int killed = 0;
        for (int cycle = 0; cycle < 3; cycle++) {
            long have = countLines(out);
            // a point ahead of what is already written and short of the end, so the kill lands mid-batch
            long target = have + 1 + random.nextInt((int) Math.max(1, (DOCUMENTS - 100 - have) / 2));
            Process child = extract(in, out);
            if (killWhenReached(child, out, target)) {
                killed++;
            }
        }
        Process last = extract(in, out);
        String err = new String(last.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, last.waitFor(), err);

        assertEquals(3, killed, "every kill landed while the batch was running (seed " + seed + ")");
        List<String> records = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(DOCUMENTS, records.size(), "seed " + seed);
        for (int i = 0; i < DOCUMENTS; i++) {
            JsonNode r = LedeJson.mapper().readTree(records.get(i));
            assertEquals("doc-" + i, r.path("id").asText(), "record " + i + " (seed " + seed + ")");
            assertTrue(r.path("text").asText().startsWith("Report " + i + ". "), "record " + i);
            assertEquals(0, r.path("errors").size(), records.get(i));
        }
    }

    private static Process extract(Path in, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire's class path (a manifest-only jar naming every dependency, or the full path list)
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                LedeCommand.class.getName(), "extract", "--analyzers", "text", "--threads", "1", "--format", "jsonl",
                "-o", out.toString(), "--resume", in.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    // Polls the output (reading only what is new) and sends SIGKILL once it holds `target` lines. False when the
    // child ended first.
    private static boolean killWhenReached(Process child, Path out, long target) throws Exception {
        long lines = 0;
        long offset = 0;
        byte[] buf = new byte[64 * 1024];
        while (child.isAlive()) {
            if (Files.exists(out)) {
                try (InputStream s = Files.newInputStream(out)) {
                    s.skipNBytes(Math.min(offset, Files.size(out)));
                    for (int n; (n = s.read(buf)) > 0; ) {
                        offset += n;
                        for (int i = 0; i < n; i++) {
                            if (buf[i] == '\n') {
                                lines++;
                            }
                        }
                    }
                }
                if (lines >= target) {
                    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
                    child.waitFor();
                    return true;
                }
            }
            Thread.sleep(1);
        }
        return false;
    }

    private static long countLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long n = 0;
        for (byte b : Files.readAllBytes(file)) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
