package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pins of a result's map: one per distinct place with coordinates, with the number of its mentions. A street
 * or building that the geo layer placed in a town ({@code containedIn}) shares the town's pin; a curated area with
 * a point but no GeoNames id gets a pin of its own keyed by its point.
 */
final class PlacePins {
    private PlacePins() {
    }

    /** A pin: {@code geonameId} is empty for a curated area without one. */
    record Pin(String key, String geonameId, String name, String countryCode, String featureCode, double lat,
               double lon, int mentions) {
    }

    /** The pin key of a place: its GeoNames id, the id of the town containing it, or its point; empty without a point. */
    static Optional<String> keyOf(JsonNode place) {
        if (!place.hasNonNull("lat") || !place.hasNonNull("lon")) {
            return Optional.empty();
        }
        if (place.hasNonNull("geonameId")) {
            return Optional.of(place.path("geonameId").asText());
        }
        if (place.hasNonNull("containedIn")) {
            return Optional.of(place.path("containedIn").asText());
        }
        return Optional.of(String.format(Locale.ROOT, "%.4f,%.4f", place.path("lat").asDouble(),
                place.path("lon").asDouble()));
    }

    /** Pins in order of first mention. */
    static List<Pin> of(JsonNode places) {
        Map<String, Pin> pins = new LinkedHashMap<>();
        for (JsonNode place : places) {
            keyOf(place).ifPresent(key -> pins.merge(key, pinOf(key, place), (old, added) -> prefer(old, added)));
        }
        return new ArrayList<>(pins.values());
    }

    // The pin keeps the name and id of the place itself over a street that only borrowed its town's point.
    private static Pin prefer(Pin old, Pin added) {
        Pin kept = old.geonameId().equals(old.key()) || !added.geonameId().equals(added.key()) ? old : added;
        return new Pin(kept.key(), kept.geonameId(), kept.name(), kept.countryCode(), kept.featureCode(), kept.lat(),
                kept.lon(), old.mentions() + added.mentions());
    }

    private static Pin pinOf(String key, JsonNode place) {
        String geonameId = place.hasNonNull("geonameId") ? place.path("geonameId").asText()
                : place.path("containedIn").asText("");
        return new Pin(key, geonameId, place.path("name").asText(place.path("text").asText()),
                place.path("countryCode").asText(""), place.path("featureCode").asText(""),
                place.path("lat").asDouble(), place.path("lon").asDouble(), 1);
    }

    /** Most mentioned first, then in order of first mention. */
    static List<Pin> byMentions(List<Pin> pins) {
        List<Pin> sorted = new ArrayList<>(pins);
        sorted.sort(Comparator.comparingInt(Pin::mentions).reversed());
        return sorted;
    }
}
