package dev.lede.plugin;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.OptionSpec;
import dev.lede.document.LayerKey;

import java.util.Collection;
import java.util.List;

/**
 * What {@code GET /v1/analyzers} and {@code lede analyzers} say about one installed analyzer: the one description
 * both front ends share, so they cannot drift apart.
 *
 * @param requires   layer names this analyzer reads, sorted
 * @param provides   layer names it adds, sorted
 * @param origin     {@code built-in}, or the plugin's jar or folder
 * @param version    the plugin's version (Lede's for a built-in analyzer)
 * @param spiVersion the SPI version the plugin was built against (0 when its manifest does not say)
 * @param options    the options it declares, settable with {@code --set name.option=value}
 */
public record AnalyzerInfo(String name, String description, List<String> requires, List<String> provides,
                           String origin, String version, int spiVersion, List<OptionSpec> options) {

    public AnalyzerInfo {
        requires = List.copyOf(requires);
        provides = List.copyOf(provides);
        options = List.copyOf(options);
    }

    /** The description of one provider. */
    public static AnalyzerInfo of(AnalyzerProvider p, AnalyzerOrigin origin) {
        return new AnalyzerInfo(p.name(), p.description(), layerNames(p.requires()), layerNames(p.provides()),
                origin.location(), origin.version(), origin.spiVersion(), p.options());
    }

    /** Every installed analyzer, by name. */
    public static List<AnalyzerInfo> all(AnalyzerRegistry registry) {
        return registry.names().stream().map(n -> of(registry.get(n), registry.origin(n))).toList();
    }

    private static List<String> layerNames(Collection<LayerKey<?>> layers) {
        return layers.stream().map(LayerKey::name).sorted().toList();
    }
}
