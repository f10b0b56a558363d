package dev.lede.pipeline;

import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.document.Document;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;
import dev.lede.testkit.FakeProvider;
import dev.lede.text.TextAnalyzerProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputLimitsTest {
    private static final LayerKey<String> SEEN = LayerKey.of("seen", String.class);

    private final AtomicInteger runs = new AtomicInteger();

    private Pipeline pipeline(InputLimits limits) {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(new TextAnalyzerProvider(),
                FakeProvider.named("reader").requires(Layers.TOKENS).provides(SEEN).doing(doc -> {
                    runs.incrementAndGet();
                    doc.put(SEEN, List.of("ran"));
                })));
        return Pipeline.build(registry, PipelineOptions.of(List.of("reader")).withThreads(1).withLimits(limits),
                p -> null);
    }

    @Test
    void aDocumentOverTheTokenLimitKeepsItsTextLayersAndTheOthersReportWhy() {
        try (Pipeline p = pipeline(new InputLimits(10, 1000))) {
            AnalysisResult r = p.process(Document.of("long", "One two three four five six. Seven eight nine ten eleven twelve."));
            assertEquals(0, runs.get(), "the analyzer reading tokens did not run");
            assertFalse(r.layer(Layers.TOKENS).isEmpty(), "the text layers are still returned");
            assertEquals(1, r.errors().size());
            assertEquals("reader", r.errors().get(0).analyzer());
            assertEquals("input too large: 14 tokens, over the limit of 10 per document", r.errors().get(0).message());
            assertFalse(r.failed());
        }
    }

    @Test
    void aSentenceOverTheSentenceLimitIsNamedWithItsPosition() {
        try (Pipeline p = pipeline(new InputLimits(1000, 5))) {
            AnalysisResult r = p.process(Document.of("run-on", "Short one. And then a sentence that goes on and on."));
            assertEquals(0, runs.get());
            assertTrue(r.errors().get(0).message().startsWith("input too large: a sentence of 10 tokens (at character 11)"),
                    r.errors().get(0).message());
        }
    }

    @Test
    void aDocumentWithinTheLimitsRunsEveryAnalyzer() {
        try (Pipeline p = pipeline(new InputLimits(14, 7))) {
            AnalysisResult r = p.process(Document.of("fits", "One two three four five six. Seven eight nine ten eleven twelve."));
            assertTrue(r.ok(), r.errors().toString());
            assertEquals(List.of("ran"), r.layer(SEEN));
        }
    }
}
