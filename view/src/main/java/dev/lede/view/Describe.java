package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Human-readable descriptions of annotations: the lines of a tooltip and the cells of a panel. */
final class Describe {
    // GeoNames feature codes news most often resolves to; the rest are shown as the bare code.
    private static final Map<String, String> FEATURES = Map.ofEntries(
            Map.entry("PCLI", "country"), Map.entry("PCLD", "dependent territory"), Map.entry("PCLS", "country"),
            Map.entry("PCLF", "country"), Map.entry("PCLIX", "section of a country"), Map.entry("TERR", "territory"),
            Map.entry("ADM1", "first-order division (state, province)"), Map.entry("ADM2", "second-order division"),
            Map.entry("ADM3", "third-order division"), Map.entry("ADMD", "administrative division"),
            Map.entry("PPLC", "capital city"), Map.entry("PPLA", "seat of a first-order division"),
            Map.entry("PPLA2", "seat of a second-order division"), Map.entry("PPLA3", "seat of a third-order division"),
            Map.entry("PPLA4", "seat of a fourth-order division"), Map.entry("PPL", "populated place"),
            Map.entry("PPLX", "section of a populated place"), Map.entry("CONT", "continent"),
            Map.entry("RGN", "region"), Map.entry("SEA", "sea"), Map.entry("OCN", "ocean"), Map.entry("ISL", "island"),
            Map.entry("STM", "river"), Map.entry("LK", "lake"), Map.entry("MTS", "mountains"),
            Map.entry("AIRP", "airport"), Map.entry("PRT", "port"));
    private static final Set<String> SPAN_FIELDS = Set.of("start", "end", "text", "id");

    private Describe() {
    }

    static String feature(String code) {
        String name = FEATURES.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    /** The English name of an ISO 3166 alpha-2 code ("NL" -> "Netherlands"), the code when the JDK has none. */
    static String country(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    static String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(6);
        return format.format(value);
    }

    static String coordinates(JsonNode place) {
        return String.format(Locale.ROOT, "%.4f, %.4f", place.path("lat").asDouble(), place.path("lon").asDouble());
    }

    static String geonamesUrl(String geonameId) {
        return "https://www.geonames.org/" + geonameId;
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String entity(JsonNode entity) {
        int mentions = entity.path("mentions").size();
        return entity.path("name").asText() + "\n" + entity.path("type").asText() + " · "
                + plural(mentions, "mention");
    }

    static String quote(JsonNode quote) {
        JsonNode speaker = quote.path("speaker");
        StringBuilder s = new StringBuilder(quote.path("kind").asText("")).append(" quote");
        if (!speaker.isMissingNode()) {
            s.append("\nspeaker: ").append(speaker.path("text").asText());
            String name = speaker.path("name").asText("");
            if (!name.isEmpty() && !name.equals(speaker.path("text").asText())) {
                s.append(" (").append(name).append(")");
            }
        } else {
            s.append("\nno speaker found");
        }
        if (quote.hasNonNull("cue")) {
            s.append("\ncue: ").append(quote.path("cue").path("text").asText());
        }
        return s.toString();
    }

    static String place(JsonNode place) {
        StringBuilder s = new StringBuilder(place.path("name").asText(place.path("text").asText()));
        List<String> facts = new ArrayList<>();
        if (place.hasNonNull("featureCode")) {
            facts.add(feature(place.path("featureCode").asText()));
        }
        if (place.hasNonNull("countryCode")) {
            facts.add(country(place.path("countryCode").asText()));
        }
        if (!facts.isEmpty()) {
            s.append('\n').append(String.join(" · ", facts));
        }
        if (place.hasNonNull("lat") && place.hasNonNull("lon")) {
            s.append('\n').append(coordinates(place));
        }
        if (place.hasNonNull("geonameId")) {
            s.append("\nGeoNames ").append(place.path("geonameId").asText());
        } else if (place.hasNonNull("containedIn")) {
            s.append("\nin GeoNames ").append(place.path("containedIn").asText());
        }
        return s.toString();
    }

    /** Every field but the span, one per line ("value: 1,200,000,000"): numbers, times and layers to come. */
    static String fields(JsonNode record) {
        StringBuilder s = new StringBuilder(record.path("text").asText());
        for (Map.Entry<String, JsonNode> f : record.properties()) {
            if (!SPAN_FIELDS.contains(f.getKey()) && f.getValue().isValueNode() && !f.getValue().isNull()) {
                s.append('\n').append(f.getKey()).append(": ").append(value(f.getValue()));
            }
        }
        return s.toString();
    }

    static String value(JsonNode node) {
        return node.isNumber() ? number(node.asDouble()) : node.asText();
    }
}
