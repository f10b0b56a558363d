package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.lede.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark reports its figures (their size is for the benchmark itself, not for a test, to judge). */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonReportCarriesEveryFigure() throws Exception {
        Fixtures.write(dir, "bridge.txt", Fixtures.BRIDGE);
        Fixtures.write(dir, "mine.txt", Fixtures.MINE);
        CliRun r = run("bench", "--analyzers", "text", "--threads", "1", "--warmup-seconds", "0", "--seconds", "0.3",
                "--json", dir.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode m = LedeJson.mapper().readTree(r.out());
        assertEquals(2, m.path("input").path("documents").asInt());
        assertTrue(m.path("documents").asLong() >= 2, "the documents are analysed round-robin");
        assertEquals(0, m.path("documentsWithErrors").asLong());
        assertTrue(m.path("documentsPerSecond").asDouble() > 0);
        assertTrue(m.path("tokensPerSecond").asDouble() > m.path("documentsPerSecond").asDouble(),
                "every document has many tokens");
        assertTrue(m.path("megabytesPerSecond").asDouble() > 0);
        assertTrue(m.path("latencyMs").path("p99").asDouble() >= m.path("latencyMs").path("p50").asDouble());
        assertTrue(m.path("latencyMsByAnalyzer").path("text").path("p50").asDouble() > 0);
        // "text" is the only analyzer, so it takes all the analyzer time, and alone it is at least as fast as overall
        assertEquals(1.0, m.path("latencyMsByAnalyzer").path("text").path("share").asDouble(), 1e-9);
        assertTrue(m.path("latencyMsByAnalyzer").path("text").path("tokensPerSecondAlone").asDouble()
                >= m.path("tokensPerSecond").asDouble());
        assertTrue(m.path("peakHeapBytes").asLong() > 0);
        assertEquals(Runtime.getRuntime().availableProcessors(), m.path("machine").path("cores").asInt());
    }

    @Test
    void textReportNamesMachineThroughputAndLatency() throws Exception {
        Fixtures.write(dir, "mine.txt", Fixtures.MINE);
        CliRun r = run("bench", "--analyzers", "text", "--warmup-seconds", "0", "--seconds", "0.2", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("cores, max heap"), r.out());
        assertTrue(r.out().contains("documents/s") && r.out().contains("tokens/s") && r.out().contains("MB/s"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("text") && l.contains("p99")), r.out());
        assertTrue(r.out().contains("peak heap"), r.out());
    }

    @Test
    void htmlPagesAreReadInsideTheLoopAndTheReadingIsReported() throws Exception {
        Fixtures.write(dir, "ferry.html", "<html><head><title>Ferry</title></head><body><nav><a href=/>Home</a></nav>"
                + "<article><p>The ferry returned to service on Monday, the operator said, after repairs that took "
                + "three weeks, and passengers, who had used buses, welcomed it.</p></article></body></html>");
        CliRun r = run("bench", "--input-format", "html", "--analyzers", "text", "--threads", "1",
                "--warmup-seconds", "0", "--seconds", "0.3", "--json", dir.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode reading = LedeJson.mapper().readTree(r.out()).path("reading");
        assertEquals("html", reading.path("format").asText());
        assertTrue(reading.path("pages").asLong() >= 1, r.out());
        assertTrue(reading.path("pagesPerSecondOneThread").asDouble() > 0, r.out());
        assertTrue(reading.path("p99").asDouble() >= reading.path("p50").asDouble(), r.out());
    }

    @Test
    void nonPositiveDurationIsAUsageError() {
        assertEquals(2, run("bench", "--seconds", "0", dir.toString()).exit());
    }
}
