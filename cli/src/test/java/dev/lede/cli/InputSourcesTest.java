package dev.lede.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputSourcesTest {
    @TempDir
    Path dir;

    @Test
    void directoriesAreWalkedRecursivelySortedByKnownExtension() throws Exception {
        Path b = Fixtures.write(dir, "b.txt", "B.");
        Path a = Fixtures.write(dir, "a/z.html", "<p>Z.</p>");
        Path c = Fixtures.write(dir, "c.jsonl", "{}");
        Fixtures.write(dir, "image.png", "x");
        Path named = Fixtures.write(dir.resolve("elsewhere"), "named.dat", "named explicitly");
        InputSources s = InputSources.of(List.of(dir.resolve("a").toString(), b.toString(), c.toString(),
                named.toString()));
        assertEquals(List.of(a, b, c, named), s.files());
        InputSources walked = InputSources.of(List.of(dir.toString()));
        assertEquals(List.of(a, b, c), walked.files(), "the .png and the .dat are skipped when walking");
    }

    @Test
    void nothingNamedOrDashIsStandardInput() {
        assertTrue(InputSources.of(List.of()).stdin());
        assertTrue(InputSources.of(List.of("-")).stdin());
        assertThrows(UsageException.class, () -> InputSources.of(List.of("-", "-")));
    }

    @Test
    void missingPathIsAUsageError() {
        assertThrows(UsageException.class, () -> InputSources.of(List.of(dir.resolve("nope.txt").toString())));
    }

    @Test
    void documentsComeInOrderAndEveryByteIsCounted() throws Exception {
        Fixtures.write(dir, "a.txt", Fixtures.MINE);
        Fixtures.write(dir, "b.jsonl", Fixtures.jsonDocument("b1", "B1", "One.") + "\n"
                + Fixtures.jsonDocument("b2", "B2", "Two.") + "\n");
        InputSources s = InputSources.of(List.of(dir.toString()));
        CountingInputStream.Total read = new CountingInputStream.Total();
        List<String> ids = new java.util.ArrayList<>();
        s.documents(new dev.lede.input.DocumentReader(dev.lede.input.ReaderOptions.DEFAULT), null,
                java.io.InputStream.nullInputStream(), read).forEachRemaining(d -> ids.add(d.id()));
        assertEquals(List.of("a", "b1", "b2"), ids);
        assertEquals(s.totalBytes(), read.bytes());
    }
}
