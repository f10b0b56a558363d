package dev.lede.pipeline;

import dev.lede.analyzer.AnalyzerException;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.LayerKey;
import dev.lede.plugin.AnalyzerRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the analyzer names a user chose into the providers to run, in order: each chosen name plus, transitively,
 * the providers of the layers it requires, sorted so that every provider comes after those it depends on.
 */
public final class AnalyzerPlan {
    private AnalyzerPlan() {
    }

    /**
     * @param names the analyzers chosen (surrounding spaces ignored)
     * @return the providers to run, each after the providers of the layers it requires
     * @throws AnalyzerException when no name is given, a name is unknown, a requirement has no provider, or the
     *                           requirements form a cycle
     */
    public static List<AnalyzerProvider> resolve(AnalyzerRegistry registry, List<String> names) {
        if (names.isEmpty()) {
            throw new AnalyzerException("no analyzer chosen; available: " + String.join(", ", registry.names()));
        }
        List<AnalyzerProvider> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String name : names) {
            visit(registry, registry.get(name.trim()), done, new LinkedHashSet<>(), ordered);
        }
        return List.copyOf(ordered);
    }

    // Depth-first topological sort; 'path' detects cycles and names them.
    private static void visit(AnalyzerRegistry registry, AnalyzerProvider p, Set<String> done,
                              LinkedHashSet<String> path, List<AnalyzerProvider> out) {
        if (done.contains(p.name())) {
            return;
        }
        if (!path.add(p.name())) {
            throw new AnalyzerException("analyzers depend on each other in a cycle: "
                    + String.join(" -> ", path) + " -> " + p.name());
        }
        // by name: requires() is often a Set.of, whose order changes from one JVM to the next, and the plan's order
        // is the order of the layers in every result
        for (LayerKey<?> layer : p.requires().stream().sorted(Comparator.comparing(LayerKey::name)).toList()) {
            AnalyzerProvider dep = registry.providerOf(layer).orElseThrow(() -> new AnalyzerException(
                    "analyzer '" + p.name() + "' requires layer '" + layer
                            + "', which no installed analyzer provides; installed: "
                            + String.join(", ", registry.names())));
            visit(registry, dep, done, path, out);
        }
        path.remove(p.name());
        done.add(p.name());
        out.add(p);
    }
}
