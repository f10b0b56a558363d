package dev.lede.pipeline;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.plugin.OptionChecks;
import dev.lede.plugin.PluginFolders;
import dev.lede.plugin.PluginLoader;

import java.util.function.Supplier;

/**
 * Builds pipelines over the installed analyzers. Shared resources the analyzers load through
 * {@link AnalyzerContext#shared} live as long as the factory, so every pipeline it builds shares them.
 */
public final class PipelineFactory {
    private final AnalyzerRegistry registry;
    private final SharedResources shared = new SharedResources();

    public PipelineFactory(AnalyzerRegistry registry) {
        this.registry = registry;
    }

    /** A factory over the analyzers on the class path (Lede's own). */
    public static PipelineFactory create() {
        return new PipelineFactory(AnalyzerRegistry.load());
    }

    /** A factory over Lede's own analyzers and the plugins in these folders. */
    public static PipelineFactory create(PluginFolders folders) {
        return new PipelineFactory(PluginLoader.load(folders));
    }

    /** The installed analyzers. */
    public AnalyzerRegistry registry() {
        return registry;
    }

    /**
     * A new pipeline; close it when done. Shared resources are shared with the factory's other pipelines.
     *
     * @throws dev.lede.analyzer.AnalyzerException for an unknown name, a missing requirement, an option that is
     *                                             not declared or does not fit ({@link dev.lede.plugin.OptionException}),
     *                                             or an analyzer that cannot start
     */
    public Pipeline build(PipelineOptions options) {
        OptionChecks.validate(registry, options.configs());
        return Pipeline.build(registry, options, p -> new Context(options.config(p.name()), p.getClass().getClassLoader(), shared));
    }

    private record Context(AnalyzerConfig config, ClassLoader owner, SharedResources resources)
            implements AnalyzerContext {
        @Override
        public <T> T shared(Class<T> type, Supplier<? extends T> loader) {
            return resources.get(owner, type, loader);
        }
    }
}
