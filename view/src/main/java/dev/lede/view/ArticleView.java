package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One analysed article as HTML: the text with every layer highlighted (the {@code data-layer} spans of the
 * markup contract), layer switches, the world map and the side panels. Reads a schema-1 result, so it shows
 * whatever layers the result has; a layer the result lacks gets neither a switch nor a panel.
 *
 * <pre>{@code
 * String html = ArticleView.render(new ResultWriter(true, null).toTree(result), "v1");
 * }</pre>
 */
public final class ArticleView {
    private ArticleView() {
    }

    /**
     * @param result a schema-1 result with its {@code text}
     * @param viewId the id of the view's element, unique in the page; every other element id starts with it
     */
    public static String render(JsonNode result, String viewId) {
        return Markup.html(element(result, viewId));
    }

    static Element element(JsonNode result, String viewId) {
        Element view = Markup.element("article").attr("class", "lede-view").attr("id", viewId)
                .attr("data-doc-id", result.path("id").asText()).attr("aria-labelledby", viewId + "-title");
        view.appendChild(header(result, viewId));
        errors(result, view);
        Element body = view.appendElement("div").attr("class", "lede-body");
        Element article = body.appendElement("section").attr("class", "lede-article")
                .attr("aria-label", "Article text");
        LayerMarks marks = new LayerMarks(result, viewId);
        NestedMarkup.render(result.path("text").asText(""), marks.all(),
                article.appendElement("div").attr("class", "lede-text"));
        body.appendChild(side(result, viewId, marks));
        return view;
    }

    /** The title shown for a result: its metadata title, else its id. */
    static String title(JsonNode result) {
        String title = result.path("metadata").path("title").asText("");
        return title.isBlank() ? result.path("id").asText("article") : title;
    }

    private static Element header(JsonNode result, String viewId) {
        Element header = Markup.element("header").attr("class", "lede-view-header");
        header.appendElement("h2").attr("id", viewId + "-title").text(title(result));
        JsonNode meta = result.path("metadata");
        StringBuilder line = new StringBuilder("id ").append(result.path("id").asText());
        for (String field : List.of("date", "source", "url")) {
            if (meta.hasNonNull(field)) {
                line.append(" · ").append(meta.path(field).asText());
            }
        }
        header.appendElement("p").attr("class", "lede-meta").text(line.toString());
        for (JsonNode dateline : result.path("dateline")) {
            header.appendElement("p").attr("class", "lede-meta lede-dateline").text("dateline: " + dateline(dateline));
        }
        Element switches = header.appendElement("fieldset").attr("class", "lede-switches");
        switches.appendElement("legend").text("Highlight");
        for (Layer layer : Layer.values()) {
            if (result.has(layer.field())) {
                Element label = switches.appendElement("label").attr("data-layer-switch", layer.field());
                label.appendElement("input").attr("type", "checkbox").attr("checked", "")
                        .attr("data-toggle", layer.field());
                label.appendText(" " + layer.field() + " ");
                label.appendElement("span").attr("class", "lede-count").text(Integer.toString(count(result, layer)));
            }
        }
        return header;
    }

    // "ROTTERDAM, Netherlands · March 12 (XXXX-03-12) · Lede Wire": the parts the dateline layer found.
    private static String dateline(JsonNode d) {
        List<String> parts = new ArrayList<>();
        String place = Stream.of("place", "region").map(f -> d.path(f).path("text").asText(""))
                .filter(t -> !t.isEmpty()).collect(Collectors.joining(", "));
        if (!place.isEmpty()) {
            parts.add(place);
        }
        if (d.path("date").hasNonNull("text")) {
            parts.add(d.path("date").path("text").asText() + (d.hasNonNull("value") ? " (" + d.path("value").asText() + ")" : ""));
        }
        if (d.path("agency").hasNonNull("text")) {
            parts.add(d.path("agency").path("text").asText());
        }
        return String.join(" · ", parts);
    }

    /** How many {@code data-layer} spans a layer gets: entity mentions, else records. */
    static int count(JsonNode result, Layer layer) {
        JsonNode records = result.path(layer.field());
        if (layer != Layer.ENTITIES) {
            return records.size();
        }
        return Markup.stream(records).mapToInt(e -> e.path("mentions").size()).sum();
    }

    private static void errors(JsonNode result, Element view) {
        JsonNode errors = result.path("errors");
        if (errors.isEmpty()) {
            return;
        }
        Element list = view.appendElement("ul").attr("class", "lede-errors").attr("role", "note");
        for (JsonNode e : errors) {
            String what = e.hasNonNull("skipped") ? "skipped: " + e.path("skipped").asText()
                    : e.path("message").asText(e.path("error").asText());
            list.appendElement("li").text((e.hasNonNull("analyzer") ? e.path("analyzer").asText() + ": " : "") + what);
        }
    }

    private static Element side(JsonNode result, String viewId, LayerMarks marks) {
        Element side = Markup.element("aside").attr("class", "lede-side").attr("aria-label", "What Lede found");
        List<PlacePins.Pin> pins = PlacePins.of(result.path(Layer.PLACES.field()));
        if (result.has(Layer.PLACES.field())) {
            side.appendChild(new MapSvg(WorldMap.get()).render(viewId, result, pins));
        }
        if (result.has(Layer.QUOTES.field())) {
            side.appendChild(QuotePanel.render(result.path(Layer.QUOTES.field()), marks));
        }
        if (result.has(Layer.ENTITIES.field())) {
            side.appendChild(EntityPanel.render(result.path(Layer.ENTITIES.field())));
        }
        if (result.has(Layer.NUMBERS.field())) {
            side.appendChild(RecordPanel.render(Layer.NUMBERS, "Numbers", result.path(Layer.NUMBERS.field())));
        }
        if (result.has(Layer.PLACES.field())) {
            side.appendChild(PlacePanel.render(result, pins));
        }
        if (result.has(Layer.TIMES.field())) {
            side.appendChild(RecordPanel.render(Layer.TIMES, "Times", result.path(Layer.TIMES.field())));
        }
        return side;
    }
}
