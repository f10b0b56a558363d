package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The marks of one schema-1 result: a highlighted span per entity mention, quote, place, number and time (the
 * {@code data-layer} spans of the markup contract) and a role mark on each quote's speaker and cue, which the
 * quote panel links to.
 */
final class LayerMarks {
    private final JsonNode result;
    private final String viewId;

    /**
     * @param viewId prefix of the element ids of this view, unique in the page ("v1")
     */
    LayerMarks(JsonNode result, String viewId) {
        this.result = result;
        this.viewId = viewId;
    }

    List<Mark> all() {
        List<Mark> marks = new ArrayList<>();
        marks.addAll(quotes());
        marks.addAll(entities());
        marks.addAll(places());
        marks.addAll(records(Layer.NUMBERS));
        marks.addAll(records(Layer.TIMES));
        return marks;
    }

    List<Mark> entities() {
        List<Mark> marks = new ArrayList<>();
        JsonNode entities = result.path(Layer.ENTITIES.field());
        for (int i = 0; i < entities.size(); i++) {
            JsonNode entity = entities.get(i);
            String title = Describe.entity(entity);
            for (JsonNode mention : entity.path("mentions")) {
                Map<String, String> a = span(Layer.ENTITIES, idOf(entity, Layer.ENTITIES, i), mention, title);
                a.put("data-type", entity.path("type").asText());
                marks.add(Mark.of(start(mention), end(mention), Layer.ENTITIES.rank(), a));
            }
        }
        return marks;
    }

    List<Mark> quotes() {
        List<Mark> marks = new ArrayList<>();
        JsonNode quotes = result.path(Layer.QUOTES.field());
        for (int i = 0; i < quotes.size(); i++) {
            JsonNode quote = quotes.get(i);
            String id = idOf(quote, Layer.QUOTES, i);
            Map<String, String> a = span(Layer.QUOTES, id, quote, Describe.quote(quote));
            a.put("data-kind", quote.path("kind").asText());
            JsonNode parts = quote.path("parts");
            if (parts.isEmpty()) {
                marks.add(Mark.of(start(quote), end(quote), Layer.QUOTES.rank(), a));
            } else {
                // A quote interrupted by narration ("..," Mayor X told reporters. "..") lights its quoted parts only.
                for (int p = 0; p < parts.size(); p++) {
                    Mark part = Mark.of(start(parts.get(p)), end(parts.get(p)), Layer.QUOTES.rank(), a);
                    marks.add(p == 0 ? part : part.asContinued());
                }
            }
            role(marks, quote.path("speaker"), "speaker", id);
            role(marks, quote.path("cue"), "cue", id);
        }
        return marks;
    }

    private void role(List<Mark> marks, JsonNode span, String role, String quoteId) {
        if (!span.hasNonNull("start")) {
            return;
        }
        Map<String, String> a = new LinkedHashMap<>();
        a.put("id", roleElementId(quoteId, role));
        a.put("data-role", role);
        a.put("data-quote", quoteId);
        marks.add(Mark.of(start(span), end(span), Layer.ROLE_RANK, a));
    }

    /** The element id of a quote's speaker or cue mark, the target of the quote panel's links. */
    String roleElementId(String quoteId, String role) {
        return viewId + "-" + quoteId + "-" + role;
    }

    List<Mark> places() {
        List<Mark> marks = new ArrayList<>();
        JsonNode places = result.path(Layer.PLACES.field());
        for (int i = 0; i < places.size(); i++) {
            JsonNode place = places.get(i);
            Map<String, String> a = span(Layer.PLACES, Layer.PLACES.idOf(i), place, Describe.place(place));
            PlacePins.keyOf(place).ifPresent(key -> a.put("data-pin", key));
            if (place.hasNonNull("geonameId")) {
                a.put("data-href", Describe.geonamesUrl(place.path("geonameId").asText()));
            }
            marks.add(Mark.of(start(place), end(place), Layer.PLACES.rank(), a));
        }
        return marks;
    }

    /** Numbers, times: one span per record, described by its fields. */
    List<Mark> records(Layer layer) {
        List<Mark> marks = new ArrayList<>();
        JsonNode records = result.path(layer.field());
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            Map<String, String> a = span(layer, idOf(r, layer, i), r, Describe.fields(r));
            if (r.hasNonNull("type")) {
                a.put("data-type", r.path("type").asText());
            }
            marks.add(Mark.of(start(r), end(r), layer.rank(), a));
        }
        return marks;
    }

    private static Map<String, String> span(Layer layer, String id, JsonNode span, String title) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("data-layer", layer.field());
        a.put("data-id", id);
        a.put("data-start", Integer.toString(start(span)));
        a.put("data-end", Integer.toString(end(span)));
        a.put("title", title);
        a.put("tabindex", "0");
        return a;
    }

    static String idOf(JsonNode record, Layer layer, int index) {
        return record.hasNonNull("id") ? record.path("id").asText() : layer.idOf(index);
    }

    private static int start(JsonNode span) {
        return span.path("start").asInt(-1);
    }

    private static int end(JsonNode span) {
        return span.path("end").asInt(-1);
    }
}
