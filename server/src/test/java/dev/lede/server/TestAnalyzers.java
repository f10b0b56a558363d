package dev.lede.server;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.text.TextAnalyzerProvider;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Analyzers that only tests install: one that waits on a latch, one that cannot start. */
final class TestAnalyzers {
    static final LayerKey<String> HELD = LayerKey.of("held", String.class);
    static final LayerKey<String> NEVER = LayerKey.of("never", String.class);

    private TestAnalyzers() {
    }

    /** Blocks each document until {@link #release} is counted down; {@link #entered} says one is waiting. */
    static final class Blocking implements AnalyzerProvider {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String name() {
            return "blocking";
        }

        @Override
        public Set<LayerKey<?>> requires() {
            return Set.of(Layers.TOKENS);
        }

        @Override
        public Set<LayerKey<?>> provides() {
            return Set.of(HELD);
        }

        @Override
        public Analyzer create(AnalyzerContext context) {
            return doc -> {
                entered.countDown();
                if (!release.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("test never released the analyzer");
                }
                doc.put(HELD, List.of("released"));
            };
        }
    }

    /** Fails when a pipeline tries to create it. */
    static final class Broken implements AnalyzerProvider {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public Set<LayerKey<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<LayerKey<?>> provides() {
            return Set.of(NEVER);
        }

        @Override
        public Analyzer create(AnalyzerContext context) {
            throw new IllegalStateException("model file missing");
        }
    }

    static PipelineFactory factory(AnalyzerProvider... extra) {
        List<AnalyzerProvider> providers = new java.util.ArrayList<>(List.of(extra));
        providers.add(new TextAnalyzerProvider());
        return new PipelineFactory(AnalyzerRegistry.of(providers));
    }
}
