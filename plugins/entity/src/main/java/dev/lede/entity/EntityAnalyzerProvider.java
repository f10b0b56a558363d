package dev.lede.entity;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.OptionSpec;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;

import java.util.List;
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

    @Override
    public List<OptionSpec> options() {
        return List.of(EntityOptions.SPEC);
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        // the model, gazetteer and clusters load once per runtime and are shared by every pipeline
        return new EntityAnalyzer(context.shared(EntityResources.class, EntityResources::load),
                EntityOptions.from(context.config()));
    }
}
