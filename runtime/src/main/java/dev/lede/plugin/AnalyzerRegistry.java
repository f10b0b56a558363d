package dev.lede.plugin;

import dev.lede.analyzer.AnalyzerException;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.UnknownAnalyzerException;
import dev.lede.document.LayerKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The installed analyzer providers by name, with where each came from and the plugins that could not be loaded.
 * A provider with a bad or duplicate name, a reserved layer name or a layer another provider already gives is not
 * installed; {@link #of} fails on it, {@link Builder#add} reports it so that the loader can skip that one plugin.
 */
public final class AnalyzerRegistry {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final Map<String, AnalyzerProvider> byName;
    private final Map<String, AnalyzerOrigin> origins;
    private final Map<LayerKey<?>, AnalyzerProvider> byLayer;
    private final List<LoadFailure> failures;
    private final List<String> warnings;

    private AnalyzerRegistry(Builder b) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(b.byName));
        this.origins = Map.copyOf(b.origins);
        this.byLayer = Collections.unmodifiableMap(new LinkedHashMap<>(b.byLayer));
        this.failures = List.copyOf(b.failures);
        this.warnings = List.copyOf(b.warnings);
    }

    /** The providers on the class path (Lede's own), each failing one reported in {@link #failures()}. */
    public static AnalyzerRegistry load() {
        return PluginLoader.builtIns().build();
    }

    /**
     * A registry of exactly these providers, all counted as built in.
     *
     * @throws AnalyzerException on a bad or duplicate name, a reserved layer name or a layer provided twice
     */
    public static AnalyzerRegistry of(Collection<? extends AnalyzerProvider> providers) {
        Builder b = builder();
        for (AnalyzerProvider p : providers) {
            b.add(p, AnalyzerOrigin.lede()).ifPresent(problem -> {
                throw new AnalyzerException(problem);
            });
        }
        return b.build();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The provider of that name, or an error listing the installed names and the plugins that failed to load. */
    public AnalyzerProvider get(String name) {
        AnalyzerProvider p = byName.get(name);
        if (p == null) {
            throw new UnknownAnalyzerException(name, names(), failures.stream().map(LoadFailure::line).toList());
        }
        return p;
    }

    /** Where the analyzer of that name came from. */
    public AnalyzerOrigin origin(String name) {
        get(name);
        return origins.get(name);
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

    /** The plugins and providers that could not be loaded, one line each. */
    public List<LoadFailure> failures() {
        return failures;
    }

    /** Things worth a line at start-up that did not stop a plugin from loading (a jar without an SPI version). */
    public List<String> warnings() {
        return warnings;
    }

    /** Collects providers, checking each against those already added. Not thread-safe. */
    public static final class Builder {
        private final Map<String, AnalyzerProvider> byName = new HashMap<>();
        private final Map<String, AnalyzerOrigin> origins = new HashMap<>();
        private final Map<LayerKey<?>, AnalyzerProvider> byLayer = new LinkedHashMap<>();
        private final Map<String, String> layerOwners = new HashMap<>();
        private final List<LoadFailure> failures = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        private Builder() {
        }

        /**
         * Installs the provider unless it conflicts with the rules or with one added before.
         *
         * @return the problem, naming the provider's class, when it was not installed
         */
        public Optional<String> add(AnalyzerProvider p, AnalyzerOrigin origin) {
            String name = p.name();
            String cls = p.getClass().getName();
            if (name == null || !NAME.matcher(name).matches()) {
                return Optional.of("analyzer name '" + name + "' of " + cls + " must match " + NAME.pattern());
            }
            AnalyzerProvider old = byName.get(name);
            if (old != null) {
                return Optional.of("two analyzers are named '" + name + "': " + old.getClass().getName() + " ("
                        + origins.get(name).location() + ") and " + cls + " (" + origin.location() + ")");
            }
            Set<LayerKey<?>> provides = p.provides();
            for (LayerKey<?> layer : provides) {
                if (layer.reserved()) {
                    return Optional.of("analyzer '" + name + "' (" + cls + ") provides layer '" + layer
                            + "', but that name is reserved for the JSON record's own fields ("
                            + String.join(", ", new TreeSet<>(LayerKey.RESERVED_NAMES)) + ")");
                }
                String owner = layerOwners.get(layer.name());
                if (owner != null) {
                    return Optional.of("layer '" + layer + "' is provided by both '" + owner + "' and '" + name + "'");
                }
            }
            Optional<String> badOptions = OptionChecks.declarationProblem(p);
            if (badOptions.isPresent()) {
                return badOptions;
            }
            byName.put(name, p);
            origins.put(name, origin);
            for (LayerKey<?> layer : provides) {
                byLayer.put(layer, p);
                layerOwners.put(layer.name(), name);
            }
            return Optional.empty();
        }

        /** Records a plugin or provider that could not be loaded. */
        public Builder fail(LoadFailure failure) {
            failures.add(failure);
            return this;
        }

        int failureCount() {
            return failures.size();
        }

        /** Records a warning line. */
        public Builder warn(String warning) {
            warnings.add(warning);
            return this;
        }

        public AnalyzerRegistry build() {
            return new AnalyzerRegistry(this);
        }
    }
}
