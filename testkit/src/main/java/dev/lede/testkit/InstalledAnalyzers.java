package dev.lede.testkit;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.LayerKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The analyzers on the test class path (found with {@link ServiceLoader}), used to make the layers the analyzer
 * under test requires. Loaded once per test JVM; each prerequisite analyzer is created once.
 *
 * <p>The kit orders prerequisites itself rather than using the runtime's planner so that it depends on the SPI and
 * the text analyzer only: the runtime's own tests use the kit, and a plugin's tests need nothing more.
 */
final class InstalledAnalyzers {
    private static InstalledAnalyzers instance;

    private final Map<LayerKey<?>, AnalyzerProvider> byLayer = new HashMap<>();
    private final Map<String, Analyzer> created = new HashMap<>();

    private InstalledAnalyzers() {
        for (AnalyzerProvider p : ServiceLoader.load(AnalyzerProvider.class)) {
            p.provides().forEach(layer -> byLayer.putIfAbsent(layer, p));
        }
    }

    static synchronized InstalledAnalyzers get() {
        if (instance == null) {
            instance = new InstalledAnalyzers();
        }
        return instance;
    }

    /** Runs, in order, the installed analyzers that make the layers {@code required} needs, directly or not. */
    void prepare(AnnotatedDocument doc, Set<LayerKey<?>> required) throws Exception {
        for (Analyzer a : prerequisites(required)) {
            a.analyze(doc);
        }
    }

    private synchronized List<Analyzer> prerequisites(Set<LayerKey<?>> required) throws Exception {
        List<AnalyzerProvider> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (LayerKey<?> layer : required) {
            visit(providerOf(layer), done, new LinkedHashSet<>(), ordered);
        }
        List<Analyzer> out = new ArrayList<>();
        for (AnalyzerProvider p : ordered) {
            Analyzer a = created.get(p.name());
            if (a == null) {
                a = p.create(TestContext.empty());
                created.put(p.name(), a);
            }
            out.add(a);
        }
        return out;
    }

    private AnalyzerProvider providerOf(LayerKey<?> layer) {
        AnalyzerProvider p = byLayer.get(layer);
        if (p == null) {
            throw new AssertionError("layer '" + layer + "' is required but no analyzer on the test class path "
                    + "provides it; add the plugin that does as a test dependency");
        }
        return p;
    }

    // depth-first, each provider after those it needs
    private void visit(AnalyzerProvider p, Set<String> done, LinkedHashSet<String> path, List<AnalyzerProvider> out) {
        if (done.contains(p.name())) {
            return;
        }
        if (!path.add(p.name())) {
            throw new AssertionError("analyzers depend on each other in a cycle: " + path + " -> " + p.name());
        }
        for (LayerKey<?> layer : p.requires()) {
            visit(providerOf(layer), done, path, out);
        }
        path.remove(p.name());
        done.add(p.name());
        out.add(p);
    }
}
