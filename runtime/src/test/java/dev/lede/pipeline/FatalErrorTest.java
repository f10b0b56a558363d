package dev.lede.pipeline;

import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.document.Document;
import dev.lede.document.LayerKey;
import dev.lede.testkit.FakeProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An out-of-memory error in an analyzer ends the process with a clear message instead of becoming one document's
 * error; a stack overflow stays one document's error. The first runs in a child JVM (see {@link #main}), since it
 * halts the JVM it happens in.
 */
class FatalErrorTest {
    private static final LayerKey<String> OUT = LayerKey.of("out", String.class);

    /** The child: a pipeline whose analyzer runs out of memory on the second document. */
    public static void main(String[] args) {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(FakeProvider.named("greedy").provides(OUT).doing(doc -> {
            if (doc.document().id().equals("second")) {
                throw new OutOfMemoryError("Java heap space");
            }
            doc.put(OUT, List.of("fine"));
        })));
        try (Pipeline p = Pipeline.build(registry, PipelineOptions.of(List.of("greedy")).withThreads(1), x -> null)) {
            System.out.println("first: " + p.process(Document.of("first", "a")).ok());
            System.out.println("second: " + p.process(Document.of("second", "b")).errors());
        }
        System.out.println("still running");
    }

    @Test
    void outOfMemoryInAnAnalyzerEndsTheProcessWithAClearMessage() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FatalErrorTest.class.getName()).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));

        assertEquals(FatalErrors.EXIT_STATUS, child.exitValue(), out + err);
        assertTrue(out.contains("first: true"), out);
        assertFalse(out.contains("second:"), "no error record for the document: " + out);
        assertFalse(out.contains("still running"), out);
        assertTrue(err.contains("lede: fatal: java.lang.OutOfMemoryError (Java heap space) in analyzer 'greedy' on "
                + "document 'second'"), err);
        assertTrue(err.contains("-Xmx"), "says what to change: " + err);
    }

    @Test
    void aStackOverflowStaysOneDocumentsError() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(FakeProvider.named("deep").provides(OUT)
                .doing(doc -> recurse(0))));
        try (Pipeline p = Pipeline.build(registry, PipelineOptions.of(List.of("deep")).withThreads(1), x -> null)) {
            AnalysisResult r = p.process(Document.of("d", "text"));
            assertEquals("deep", r.errors().get(0).analyzer());
            assertTrue(r.errors().get(0).message().startsWith("StackOverflowError"), r.errors().toString());
        }
    }

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }
}
