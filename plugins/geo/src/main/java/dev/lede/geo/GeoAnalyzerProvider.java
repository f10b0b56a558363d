package dev.lede.geo;

import com.google.inject.Module;
import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;

import java.util.Optional;
import java.util.Set;

/**
 * The "geo" analyzer: place names resolved to GeoNames places (coordinates, country, first-level division, feature
 * code) and the article's focus countries and cities. Options ({@code geo.<name>}): see {@link ResolverSettings}.
 */
public final class GeoAnalyzerProvider implements AnalyzerProvider {

    @Override
    public String name() {
        return "geo";
    }

    @Override
    public String description() {
        return "place names resolved to GeoNames places, and the article's focus countries and cities";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.PLACES, Layers.FOCUS);
    }

    @Override
    public Optional<Module> module() {
        return Optional.of(new GazetteerModule());
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        return new GeoAnalyzer(context.instance(Gazetteer.class), RankingWeights.load(),
                ResolverSettings.from(context.config()));
    }
}
