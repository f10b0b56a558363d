package dev.lede.geo;

import dev.lede.analyzer.AnalyzerConfig;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tunable thresholds of the geo analyzer, settable as {@code geo.<name>} options.
 *
 * @param minPopulation          smallest town a one-word name spotted by the gazetteer alone may be, without support
 * @param minPopulationMultiWord same for a name of several words ("Kryvyi Rih"), which is rarely anything else
 * @param minAnchorShare         share of the article's country evidence that makes a smaller town acceptable
 * @param minPopulationAnchored  smallest town accepted with that support
 * @param minPopulationStray     smallest town a tagged name may be when the article gives its country less than
 *                               {@code minAnchorShare} of its evidence
 * @param demonymConfidence      confidence given to a demonym's country
 * @param demonyms               report demonyms ("Ukrainian") as places of their country (they count for focus anyway)
 * @param literalOnly            report only literal uses ("in Syria"), not metonymic ones ("Russia said") or modifiers
 *                               ("U.S. officials"), as GeoWebNews annotates
 * @param containedPlaces        also report streets and buildings the gazetteer lacks, pinned to the town they are in
 * @param placesInOrganisationNames report the country or division named inside an organisation's name ("Kentucky" in
 *                               "Kentucky State Police"), as TR-News annotates; off by default, as CLIFF and
 *                               GeoWebNews do: the name names the organisation (a town inside one is never reported)
 * @param openingWordGuard       rule: a one-word name that is also an English word ("Split", "Reading") is not a
 *                               place when it only opens a sentence or a headline
 * @param personTaggedPlaces     rule: a name tagged as a person is a place when the text uses it as one ("in Texas",
 *                               "across West Texas")
 * @param ledeTown               rule: a building with no town named near it is pinned to the article's town only
 *                               when the article names that town in its opening or more than once (see
 *                               {@link ContainedPlaces})
 * @param facilityTown           rule: a facility tagged as a location with no town named near it ("Donington Park",
 *                               "French Quarter") is pinned to the article's town like a building (see
 *                               {@link ContainedPlaces})
 * @param disabledFeatures       ranking features whose weight is set to zero (comma-separated names, as in
 *                               {@code ranking-weights.properties}): for ablations
 */
record ResolverSettings(long minPopulation, long minPopulationMultiWord, double minAnchorShare,
                        long minPopulationAnchored, long minPopulationStray, double demonymConfidence, boolean demonyms,
                        boolean literalOnly, boolean containedPlaces, boolean placesInOrganisationNames,
                        boolean openingWordGuard, boolean personTaggedPlaces, boolean ledeTown,
                        boolean facilityTown,
                        Set<Feature> disabledFeatures) {

    ResolverSettings {
        disabledFeatures = disabledFeatures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabledFeatures));
    }

    static ResolverSettings from(AnalyzerConfig c) {
        return new ResolverSettings(
                c.getInt("minPopulation", 50_000),
                c.getInt("minPopulationMultiWord", 5_000),
                c.getDouble("minAnchorShare", 0.25),
                c.getInt("minPopulationAnchored", 2_000),
                c.getInt("minPopulationStray", 10_000),
                c.getDouble("demonymConfidence", 0.9),
                c.getBoolean("demonyms", false),
                c.getBoolean("literalOnly", false),
                c.getBoolean("containedPlaces", true),
                c.getBoolean("placesInOrganisationNames", false),
                c.getBoolean("openingWordGuard", true),
                c.getBoolean("personTaggedPlaces", true),
                c.getBoolean("ledeTown", true),
                c.getBoolean("facilityTown", false),
                features(c.get("disabledFeatures", "")));
    }

    private static Set<Feature> features(String names) {
        Set<Feature> out = EnumSet.noneOf(Feature.class);
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                out.add(Feature.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /** The weights with the {@link #disabledFeatures} set to zero. */
    RankingWeights apply(RankingWeights weights) {
        if (disabledFeatures.isEmpty()) {
            return weights;
        }
        double[] w = weights.values();
        disabledFeatures.forEach(f -> w[f.ordinal()] = 0);
        return new RankingWeights(w);
    }
}
