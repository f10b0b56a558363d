package dev.lede.analyzer;

import dev.lede.document.LayerKey;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The installed analyzer providers by name. Fails at start-up on a bad or duplicate name, or on two providers of
 * one layer, and names the culprits; asking for an unknown name lists what exists.
 */
public final class AnalyzerRegistry {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final Map<String, AnalyzerProvider> byName;
    private final Map<LayerKey<?>, AnalyzerProvider> byLayer;

    private AnalyzerRegistry(Map<String, AnalyzerProvider> byName, Map<LayerKey<?>, AnalyzerProvider> byLayer) {
        this.byName = byName;
        this.byLayer = byLayer;
    }

    /** Every provider on the class path, found with {@link ServiceLoader}. */
    public static AnalyzerRegistry load() {
        return load(AnalyzerRegistry.class.getClassLoader());
    }

    /** Every provider that {@code loader} finds with {@link ServiceLoader} (a plugin directory, a test). */
    public static AnalyzerRegistry load(ClassLoader loader) {
        return of(ServiceLoader.load(AnalyzerProvider.class, loader).stream().map(ServiceLoader.Provider::get).toList());
    }

    /**
     * A registry of exactly these providers.
     *
     * @throws AnalyzerException on a bad or duplicate name, or a layer provided twice
     */
    public static AnalyzerRegistry of(Collection<? extends AnalyzerProvider> providers) {
        Map<String, AnalyzerProvider> byName = new TreeMap<>();
        Map<LayerKey<?>, AnalyzerProvider> byLayer = new LinkedHashMap<>();
        for (AnalyzerProvider p : providers) {
            String name = p.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new AnalyzerException("analyzer name '" + name + "' of " + p.getClass().getName()
                        + " must match " + NAME.pattern());
            }
            AnalyzerProvider old = byName.putIfAbsent(name, p);
            if (old != null) {
                throw new AnalyzerException("two analyzers are named '" + name + "': " + old.getClass().getName()
                        + " and " + p.getClass().getName());
            }
            for (LayerKey<?> layer : p.provides()) {
                AnalyzerProvider other = byLayer.putIfAbsent(layer, p);
                if (other != null) {
                    throw new AnalyzerException("layer '" + layer + "' is provided by both '" + other.name()
                            + "' and '" + name + "'");
                }
            }
        }
        return new AnalyzerRegistry(Collections.unmodifiableMap(byName), Collections.unmodifiableMap(byLayer));
    }

    /** The provider of that name, or an error listing the installed names. */
    public AnalyzerProvider get(String name) {
        AnalyzerProvider p = byName.get(name);
        if (p == null) {
            throw new UnknownAnalyzerException(name, names());
        }
        return p;
    }

    /** The one provider of that layer, if any is installed. */
    public Optional<AnalyzerProvider> providerOf(LayerKey<?> layer) {
        return Optional.ofNullable(byLayer.get(layer));
    }

    /** The one provider of the layer with that name, if any is installed (for layers named in text, e.g. a gold file). */
    public Optional<AnalyzerProvider> providerOf(String layerName) {
        return byLayer.entrySet().stream()
                .filter(e -> e.getKey().name().equals(layerName))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Installed names, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** Every provider, sorted by name. */
    public Collection<AnalyzerProvider> providers() {
        return byName.values();
    }
}
