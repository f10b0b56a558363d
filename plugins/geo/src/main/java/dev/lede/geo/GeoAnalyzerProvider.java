package dev.lede.geo;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.OptionSpec;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;

import java.util.List;
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

    /** What {@link ResolverSettings#from} reads, with the same defaults (GeoOptionsTest keeps them in step). */
    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.bool("demonyms", false, "report demonyms (\"Ukrainian\") as places of their country")
                        .allowPerRequest(),
                OptionSpec.bool("literalOnly", false, "report only literal uses (\"in Syria\"), not metonymic ones "
                        + "(\"Russia said\") or modifiers (\"U.S. officials\"), as GeoWebNews annotates").allowPerRequest(),
                OptionSpec.bool("containedPlaces", true, "also report streets and buildings the gazetteer lacks, "
                        + "pinned to the town they are in").allowPerRequest(),
                OptionSpec.bool("placesInOrganisationNames", false, "report places named inside an organisation's "
                        + "name (\"Kentucky State Police\"), as TR-News annotates").allowPerRequest(),
                OptionSpec.integer("minPopulation", 50_000, "smallest town a one-word name spotted by the gazetteer "
                        + "alone may be").allowPerRequest(),
                OptionSpec.integer("minPopulationMultiWord", 5_000, "the same for a name of several words")
                        .allowPerRequest(),
                OptionSpec.decimal("minAnchorShare", 0.25, "share of the article's country evidence that makes a "
                        + "smaller town acceptable").allowPerRequest(),
                OptionSpec.integer("minPopulationAnchored", 2_000, "smallest town accepted with that support")
                        .allowPerRequest(),
                OptionSpec.integer("minPopulationStray", 10_000, "smallest town a tagged name may be without that "
                        + "support").allowPerRequest(),
                OptionSpec.decimal("demonymConfidence", 0.9, "confidence given to a demonym's country").allowPerRequest(),
                OptionSpec.bool("openingWordGuard", true, "rule: an English word that only opens a sentence or a "
                        + "headline (\"Split decision\") is not a place").allowPerRequest(),
                OptionSpec.bool("personTaggedPlaces", true, "rule: a name tagged as a person is a place where the "
                        + "text uses it as one (\"in Texas\", \"across West Texas\")").allowPerRequest(),
                OptionSpec.bool("ledeTown", true, "rule: a building with no town near it is pinned to the article's "
                        + "town only if the article names that town in its opening or more than once").allowPerRequest(),
                OptionSpec.bool("facilityTown", false, "rule: a park, quarter or other facility tagged as a location "
                        + "with no town near it is pinned to the article's town like a building").allowPerRequest(),
                OptionSpec.list("disabledFeatures", "", "ranking features set to zero, for ablations "
                        + "(\"admin1_coherence,shared_division\")").allowPerRequest());
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        // the gazetteer loads once per runtime and is shared by every pipeline
        return new GeoAnalyzer(context.shared(Gazetteer.class, Gazetteer::load), RankingWeights.load(),
                ResolverSettings.from(context.config()));
    }
}
