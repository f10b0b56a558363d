package dev.lede.testkit;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.LayerKey;

import java.util.Set;

/**
 * A provider assembled in a test: a name, the layers it requires and provides, and what its analyzer does. For
 * registry, plan and pipeline tests that need analyzers with particular requirements or behaviour.
 *
 * <pre>{@code FakeProvider.named("late").requires(Layers.TOKENS).provides(NAPS).doing(doc -> Thread.sleep(10_000))}</pre>
 */
public final class FakeProvider implements AnalyzerProvider {
    private final String name;
    private final Set<LayerKey<?>> requires;
    private final Set<LayerKey<?>> provides;
    private final Analyzer analyzer;

    private FakeProvider(String name, Set<LayerKey<?>> requires, Set<LayerKey<?>> provides, Analyzer analyzer) {
        this.name = name;
        this.requires = requires;
        this.provides = provides;
        this.analyzer = analyzer;
    }

    /** A provider that requires and provides nothing and does nothing. */
    public static FakeProvider named(String name) {
        return new FakeProvider(name, Set.of(), Set.of(), doc -> { });
    }

    public FakeProvider requires(LayerKey<?>... layers) {
        return new FakeProvider(name, Set.of(layers), provides, analyzer);
    }

    public FakeProvider provides(LayerKey<?>... layers) {
        return new FakeProvider(name, requires, Set.of(layers), analyzer);
    }

    public FakeProvider doing(Analyzer newAnalyzer) {
        return new FakeProvider(name, requires, provides, newAnalyzer);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return requires;
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return provides;
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        return analyzer;
    }
}
