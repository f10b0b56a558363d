package dev.lede.pipeline;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;
import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerRegistry;

/** Builds pipelines over the installed analyzers, handing each one the shared objects of the plugins' modules. */
public final class PipelineFactory {
    private final AnalyzerRegistry registry;
    private final Injector injector;

    @Inject
    public PipelineFactory(AnalyzerRegistry registry, Injector injector) {
        this.registry = registry;
        this.injector = injector;
    }

    /** A factory over every analyzer on the class path. */
    public static PipelineFactory create() {
        return Guice.createInjector(new LedeModule()).getInstance(PipelineFactory.class);
    }

    /** The installed analyzers. */
    public AnalyzerRegistry registry() {
        return registry;
    }

    /**
     * A new pipeline; close it when done. Objects from the plugins' Guice modules are shared with other pipelines.
     *
     * @throws dev.lede.analyzer.AnalyzerException for an unknown name, a missing requirement or an analyzer that
     *                                             cannot start
     */
    public Pipeline build(PipelineOptions options) {
        return Pipeline.build(registry, options, p -> new Context(options.config(p.name()), injector));
    }

    private record Context(AnalyzerConfig config, Injector injector) implements AnalyzerContext {
        @Override
        public <T> T instance(Class<T> type) {
            return injector.getInstance(type);
        }
    }
}
