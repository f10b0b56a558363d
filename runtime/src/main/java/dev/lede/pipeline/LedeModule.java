package dev.lede.pipeline;

import com.google.inject.AbstractModule;
import dev.lede.analyzer.AnalyzerRegistry;

/**
 * Guice wiring shared by the command line and the server: the registry of installed analyzers and each plugin's
 * own module. A duplicate analyzer name fails here, at start-up.
 */
public final class LedeModule extends AbstractModule {
    private final AnalyzerRegistry registry;

    public LedeModule() {
        this(AnalyzerRegistry.load());
    }

    public LedeModule(AnalyzerRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void configure() {
        bind(AnalyzerRegistry.class).toInstance(registry);
        registry.providers().forEach(p -> p.module().ifPresent(this::install));
    }
}
