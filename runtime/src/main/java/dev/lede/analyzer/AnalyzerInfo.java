package dev.lede.analyzer;

import dev.lede.document.LayerKey;

import java.util.Collection;
import java.util.List;

/**
 * What {@code GET /v1/analyzers} and {@code lede analyzers} say about one installed analyzer: the one description
 * both front ends share, so they cannot drift apart.
 *
 * @param requires layer names this analyzer reads, sorted
 * @param provides layer names it adds, sorted
 */
public record AnalyzerInfo(String name, String description, List<String> requires, List<String> provides) {

    public AnalyzerInfo {
        requires = List.copyOf(requires);
        provides = List.copyOf(provides);
    }

    /** The description of one provider. */
    public static AnalyzerInfo of(AnalyzerProvider p) {
        return new AnalyzerInfo(p.name(), p.description(), layerNames(p.requires()), layerNames(p.provides()));
    }

    /** Every installed analyzer, by name. */
    public static List<AnalyzerInfo> all(AnalyzerRegistry registry) {
        return registry.names().stream().map(registry::get).map(AnalyzerInfo::of).toList();
    }

    private static List<String> layerNames(Collection<LayerKey<?>> layers) {
        return layers.stream().map(LayerKey::name).sorted().toList();
    }
}
