package dev.lede.entity;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;

import java.util.Optional;
import java.util.Set;

/** The {@code entity} analyzer: typed named entities with within-document coreference. */
public final class EntityAnalyzerProvider implements AnalyzerProvider {
    public static final String NAME = "entity";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "people, organisations, places, nationalities and other names, grouped into entities with "
                + "their nominal and pronoun mentions";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.PARAGRAPHS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    /** Binds {@link EntityResources} as a singleton: the model and gazetteer load once per process. */
    @Override
    public Optional<Module> module() {
        return Optional.of(new ResourcesModule());
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        return new EntityAnalyzer(context.instance(EntityResources.class), EntityOptions.from(context.config()));
    }

    private static final class ResourcesModule extends AbstractModule {
        @Provides
        @Singleton
        EntityResources resources() {
            return EntityResources.load();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ResourcesModule;
        }

        @Override
        public int hashCode() {
            return ResourcesModule.class.hashCode();
        }
    }
}
