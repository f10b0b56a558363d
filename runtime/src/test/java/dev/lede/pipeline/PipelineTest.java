package dev.lede.pipeline;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerException;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.annotation.Token;
import dev.lede.document.Document;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.testkit.FakeProvider;
import dev.lede.testkit.example.Shout;
import dev.lede.testkit.example.ShoutProvider;
import dev.lede.text.TextAnalyzerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {
    private static final LayerKey<Integer> LENGTHS = LayerKey.of("lengths", Integer.class);
    private static final LayerKey<String> NAPS = LayerKey.of("naps", String.class);

    private static Pipeline build(AnalyzerRegistry registry, PipelineOptions options) {
        Function<AnalyzerProvider, AnalyzerContext> context = p -> new AnalyzerContext() {
            @Override
            public AnalyzerConfig config() {
                return options.config(p.name());
            }

            @Override
            public <T> T shared(Class<T> type, java.util.function.Supplier<? extends T> loader) {
                return loader.get();
            }
        };
        return Pipeline.build(registry, options, context);
    }

    @Test
    void theThirdPartyAnalyzerRunsAfterTextThroughTheFactory() {
        try (Pipeline pipeline = PipelineFactory.create().build(PipelineOptions.of(List.of("shout")).withThreads(1))) {
            assertEquals(List.of("text", "shout"), pipeline.analyzers());
            AnalysisResult r = pipeline.process(Document.of("d1", "The UN and NATO met in Oslo."));
            assertTrue(r.ok(), r.errors().toString());
            assertEquals(List.of("UN", "NATO"), r.layer(ShoutProvider.SHOUTS).stream().map(Shout::text).toList());
            assertFalse(r.layer(Layers.TOKENS).isEmpty());
        }
    }

    @Test
    void aFailingAnalyzerCostsOnlyItsOwnLayerOnThatDocument() {
        PipelineOptions options = PipelineOptions.of(List.of("shout")).withThreads(2)
                .withConfigs(Map.of("shout", new AnalyzerConfig(Map.of("failOn", "KABOOM"))));
        try (Pipeline pipeline = PipelineFactory.create().build(options)) {
            List<AnalysisResult> results = pipeline.processAll(List.of(
                    Document.of("bad", "Engineers heard a KABOOM near the dam."),
                    Document.of("good", "Officials at the WHO said so.")));
            AnalysisResult bad = results.get(0);
            assertEquals(1, bad.errors().size());
            assertEquals("shout", bad.errors().get(0).analyzer());
            assertTrue(bad.errors().get(0).message().contains("KABOOM"), bad.errors().get(0).message());
            assertFalse(bad.layer(Layers.TOKENS).isEmpty(), "tokens of the text analyzer are kept");
            assertFalse(bad.layers().containsKey(ShoutProvider.SHOUTS), "the failed layer is absent");
            assertFalse(bad.failed());
            AnalysisResult good = results.get(1);
            assertTrue(good.ok());
            assertEquals(List.of("WHO"), good.layer(ShoutProvider.SHOUTS).stream().map(Shout::text).toList());
        }
    }

    @Test
    @Timeout(8) // the budget is 1 s; a hang here means the overrun was not handled
    void aDocumentOverItsTimeBudgetGetsAnErrorAndKeepsEarlierLayers() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(new TextAnalyzerProvider(),
                FakeProvider.named("sleeper").requires(Layers.TOKENS).provides(NAPS).doing(doc -> {
                    if (doc.text().contains("slow")) {
                        Thread.sleep(60_000); // interrupted when the budget is spent
                    }
                    doc.put(NAPS, List.of("rested"));
                })));
        PipelineOptions options = PipelineOptions.of(List.of("sleeper")).withThreads(1)
                .withTimeBudget(Duration.ofMillis(1000));
        try (Pipeline pipeline = build(registry, options)) {
            // a first document warms the text analyzer up, so only the sleeper can spend the budget
            AnalysisResult quick = pipeline.process(Document.of("quick", "A quick note."));
            assertTrue(quick.ok(), quick.errors().toString());
            assertEquals(List.of("rested"), quick.layer(NAPS));

            AnalysisResult slow = pipeline.process(Document.of("slow", "A slow day in the markets."));
            assertEquals(1, slow.errors().size(), slow.errors().toString());
            assertEquals("sleeper", slow.errors().get(0).analyzer());
            assertTrue(slow.errors().get(0).message().contains("time budget"), slow.errors().get(0).message());
            assertFalse(slow.layer(Layers.TOKENS).isEmpty(), "tokens made before the overrun are kept");
            assertFalse(slow.layers().containsKey(NAPS));

            // the interrupted worker is free again for the next document
            AnalysisResult after = pipeline.process(Document.of("after", "Another quick note."));
            assertTrue(after.ok(), after.errors().toString());
        }
    }

    @Test
    void processAllKeepsInputOrderWithSeveralThreads() {
        int n = 24;
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(
                FakeProvider.named("measure").provides(LENGTHS).doing(doc -> {
                    // early documents take longest, so they finish last
                    Thread.sleep(Long.parseLong(doc.document().id()) % 4 == 0 ? 40 : 1);
                    doc.put(LENGTHS, List.of(doc.text().length()));
                })));
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(Document.of(String.valueOf(i), "x".repeat(i + 1)));
        }
        try (Pipeline pipeline = build(registry, PipelineOptions.of(List.of("measure")).withThreads(4))) {
            List<AnalysisResult> results = pipeline.processAll(docs);
            assertEquals(n, results.size());
            for (int i = 0; i < n; i++) {
                assertEquals(String.valueOf(i), results.get(i).id());
                assertEquals(List.of(i + 1), results.get(i).layer(LENGTHS), "result " + i + " is its own document's");
            }
        }
    }

    @Test
    void aFailedInputGivesExactlyOneErrorRecordInItsPlace() {
        List<DocumentInput> inputs = List.of(
                DocumentInput.of(Document.of("a", "First story.")),
                DocumentInput.failed("b.json", "invalid UTF-8 at byte 12"),
                DocumentInput.of(Document.of("c", "Third story.")));
        List<AnalysisResult> results = new ArrayList<>();
        try (Pipeline pipeline = PipelineFactory.create().build(PipelineOptions.of(List.of("text")).withThreads(3))) {
            pipeline.process(inputs.iterator(), results::add);
        }
        assertEquals(List.of("a", "b.json", "c"), results.stream().map(AnalysisResult::id).toList());
        AnalysisResult failed = results.get(1);
        assertNull(failed.document());
        assertEquals(List.of(new AnalyzerError("input", "invalid UTF-8 at byte 12")), failed.errors());
        assertTrue(failed.failed());
        assertTrue(results.get(0).ok() && results.get(2).ok());
        List<Token> tokens = results.get(2).layer(Layers.TOKENS);
        assertEquals("Third", tokens.get(0).text("Third story."));
    }

    @Test
    void anAnalyzerThatCannotStartFailsTheBuildWithItsName() {
        AnalyzerProvider broken = new AnalyzerProvider() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public java.util.Set<LayerKey<?>> requires() {
                return java.util.Set.of();
            }

            @Override
            public java.util.Set<LayerKey<?>> provides() {
                return java.util.Set.of(NAPS);
            }

            @Override
            public dev.lede.analyzer.Analyzer create(AnalyzerContext context) throws Exception {
                throw new java.io.FileNotFoundException("model.bin");
            }
        };
        AnalyzerException e = assertThrows(AnalyzerException.class,
                () -> build(AnalyzerRegistry.of(List.of(broken)), PipelineOptions.of(List.of("broken"))));
        assertTrue(e.getMessage().contains("'broken'") && e.getMessage().contains("model.bin"), e.getMessage());
    }

    @Test
    void anAnalyzerWritingAnUndeclaredLayerFailsOnlyItself() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(new TextAnalyzerProvider(),
                FakeProvider.named("sneaky").requires(Layers.TOKENS).provides(NAPS)
                        .doing(doc -> doc.put(LENGTHS, List.of(1)))));
        try (Pipeline pipeline = build(registry, PipelineOptions.of(List.of("sneaky")).withThreads(1))) {
            AnalysisResult r = pipeline.process(Document.of("d", "Some words."));
            assertEquals("sneaky", r.errors().get(0).analyzer());
            assertTrue(r.errors().get(0).message().contains("lengths"), r.errors().get(0).message());
            assertFalse(r.layers().containsKey(LENGTHS));
            assertFalse(r.layer(Layers.TOKENS).isEmpty());
        }
    }

    @Test
    @Timeout(60) // guards against the hang this test is about, not a speed check
    void anAnalyzerThrowingAnErrorFailsOnlyItselfAndTheWorkerCarriesOn() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(new TextAnalyzerProvider(),
                FakeProvider.named("fragile").requires(Layers.TOKENS).provides(NAPS).doing(doc -> {
                    if (doc.text().contains("boom")) {
                        throw new NoClassDefFoundError("org/example/Missing");
                    }
                    doc.put(NAPS, List.of("ok"));
                })));
        try (Pipeline pipeline = build(registry, PipelineOptions.of(List.of("fragile")).withThreads(1))) {
            List<AnalysisResult> results = pipeline.processAll(List.of(
                    Document.of("a", "It went boom."), Document.of("b", "All quiet.")));
            AnalysisResult bad = results.get(0);
            assertEquals("fragile", bad.errors().get(0).analyzer());
            assertTrue(bad.errors().get(0).message().contains("NoClassDefFoundError"), bad.errors().get(0).message());
            assertFalse(bad.layer(Layers.TOKENS).isEmpty(), "the text analyzer's layers are kept");
            assertEquals(List.of("ok"), results.get(1).layer(NAPS));
        }
    }

    @Test
    @Timeout(60) // the budget is 300 ms; a hang here means the stuck document kept the only worker
    void anAnalyzerIgnoringInterruptsDoesNotStarveTheDocumentsBehindIt() {
        CountDownLatch release = new CountDownLatch(1);
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(new TextAnalyzerProvider(),
                FakeProvider.named("stubborn").requires(Layers.TOKENS).provides(NAPS).doing(doc -> {
                    while (doc.text().contains("stuck") && release.getCount() > 0) {
                        try {
                            release.await();
                        } catch (InterruptedException ignored) {
                            // deliberately deaf to the watchdog, as a badly written plugin may be
                        }
                    }
                    doc.put(NAPS, List.of("done"));
                })));
        PipelineOptions options = PipelineOptions.of(List.of("stubborn")).withThreads(1)
                .withTimeBudget(Duration.ofMillis(300));
        try (Pipeline pipeline = build(registry, options)) {
            List<AnalysisResult> results = pipeline.processAll(List.of(
                    Document.of("a", "This one is stuck."), Document.of("b", "This one is fine.")));
            assertTrue(results.get(0).errors().get(0).message().contains("time budget"),
                    results.get(0).errors().toString());
            assertTrue(results.get(1).ok(), results.get(1).errors().toString());
            assertEquals(List.of("done"), results.get(1).layer(NAPS));
        } finally {
            release.countDown();
        }
    }
}
