package dev.lede.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to score, mirroring the options of the reference scorer {@code score.py}.
 *
 * @param layers              layers to score; empty = every layer the gold documents name
 * @param typesMap            entity types mapped on both sides before scoring ({@code "NORP" -> "MISC"}); a null
 *                            value drops the type
 * @param theta               quotes: share of a prediction's characters that must lie inside a gold quote
 * @param placeMatch          places: {@code overlap}, {@code exact} or {@code inexact} (Gritta et al.)
 * @param useOptionalPlaces   places: score optional gold places like the others ({@code --no-optional})
 * @param placesRequireCoords places: drop gold places without coordinates
 * @param byOrder             pair prediction and gold documents by position instead of by id
 */
public record ScoreOptions(Set<String> layers, Map<String, String> typesMap, double theta, String placeMatch,
                           boolean useOptionalPlaces, boolean placesRequireCoords, boolean byOrder) {

    /** The scored layers, in report order: five annotation layers and the main text of web pages. */
    public static final List<String> LAYERS = List.of("entities", "quotes", "numbers", "places", "times", "text");
    private static final Set<String> PLACE_MATCHES = Set.of("overlap", "exact", "inexact");
    private static final Set<String> DROP_WORDS = Set.of("DROP", "", "-", "NONE");

    public ScoreOptions {
        layers = Collections.unmodifiableSet(new LinkedHashSet<>(layers == null ? Set.of() : layers));
        for (String layer : layers) {
            if (!LAYERS.contains(layer)) {
                throw new IllegalArgumentException("unknown layer '" + layer + "'; layers: " + String.join(", ", LAYERS));
            }
        }
        // a HashMap copy: Map.copyOf would refuse the null values that mean "drop"
        typesMap = Collections.unmodifiableMap(new LinkedHashMap<>(typesMap == null ? Map.of() : typesMap));
        if (!(theta > 0 && theta <= 1)) {
            throw new IllegalArgumentException("theta must be in (0, 1], got " + theta);
        }
        if (placeMatch == null) {
            placeMatch = "overlap";
        }
        if (!PLACE_MATCHES.contains(placeMatch)) {
            throw new IllegalArgumentException("place match must be one of overlap, exact, inexact; got " + placeMatch);
        }
    }

    /** Every layer, no type mapping, theta 0.5, overlap place matching, optional places neutral, by id. */
    public static ScoreOptions defaults() {
        return new ScoreOptions(Set.of(), Map.of(), 0.5, "overlap", false, false, false);
    }

    public ScoreOptions withLayers(Set<String> newLayers) {
        return new ScoreOptions(newLayers, typesMap, theta, placeMatch, useOptionalPlaces, placesRequireCoords, byOrder);
    }

    public ScoreOptions withTypesMap(Map<String, String> newTypesMap) {
        return new ScoreOptions(layers, newTypesMap, theta, placeMatch, useOptionalPlaces, placesRequireCoords, byOrder);
    }

    public ScoreOptions withTheta(double newTheta) {
        return new ScoreOptions(layers, typesMap, newTheta, placeMatch, useOptionalPlaces, placesRequireCoords, byOrder);
    }

    public ScoreOptions withPlaceMatch(String mode) {
        return new ScoreOptions(layers, typesMap, theta, mode, useOptionalPlaces, placesRequireCoords, byOrder);
    }

    public ScoreOptions withUseOptionalPlaces(boolean use) {
        return new ScoreOptions(layers, typesMap, theta, placeMatch, use, placesRequireCoords, byOrder);
    }

    public ScoreOptions withPlacesRequireCoords(boolean require) {
        return new ScoreOptions(layers, typesMap, theta, placeMatch, useOptionalPlaces, require, byOrder);
    }

    public ScoreOptions withByOrder(boolean order) {
        return new ScoreOptions(layers, typesMap, theta, placeMatch, useOptionalPlaces, placesRequireCoords, order);
    }

    /**
     * Parses {@code "NORP=MISC,X=DROP"}: keys and values upper-cased; DROP, NONE, "-" or nothing drop the type
     * (null value). Items without "=" are ignored, as in {@code score.py}.
     */
    public static Map<String, String> parseTypesMap(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        if (s == null) {
            return m;
        }
        for (String item : s.split(",", -1)) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = PyText.strip(item.substring(0, eq)).toUpperCase(Locale.ROOT);
            String value = PyText.strip(item.substring(eq + 1)).toUpperCase(Locale.ROOT);
            m.put(key, DROP_WORDS.contains(value) ? null : value);
        }
        return m;
    }
}
