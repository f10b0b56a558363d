package dev.lede.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void quietForShortRunsThenRateAndEta() {
        long[] now = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, () -> now[0]);
        now[0] = 1_000_000_000L;
        p.documentDone(1000, 0.1);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "nothing in the first seconds");

        now[0] = 10_000_000_000L; // 10 s, 2 documents, a quarter of the input read
        p.documentDone(1000, 0.25);
        String line = bytes.toString(StandardCharsets.UTF_8).trim();
        assertTrue(line.startsWith("2 documents, 0.2 docs/s"), line);
        assertTrue(line.contains("25%, ETA 0:30"), line);
    }

    @Test
    void finishPrintsTheTotalsEvenForAShortRun() {
        long[] now = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, () -> now[0]);
        p.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "nothing done, nothing to say");
        now[0] = 2_000_000_000L;
        p.documentDone(3_000_000, 0.5);
        p.documentDone(1_000_000, 1.0);
        p.finish();
        assertEquals("2 documents, 1.0 docs/s, 2.00 M chars/s, 0:02 elapsed (done)",
                bytes.toString(StandardCharsets.UTF_8).trim());
    }

    @Test
    void clockTimeFormats() {
        assertEquals("1:05", Progress.clockTime(65));
        assertEquals("2:00:01", Progress.clockTime(7201));
    }
}
