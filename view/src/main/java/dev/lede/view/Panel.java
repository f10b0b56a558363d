package dev.lede.view;

import org.jsoup.nodes.Element;

/**
 * The parts every side panel shares: a collapsible section and the buttons that light spans in the article
 * ({@code data-light-layer} and {@code data-light-id}, or {@code data-light-pin} for a place and its pin).
 */
final class Panel {
    private Panel() {
    }

    static Element section(String name, String title, int count) {
        Element details = Markup.element("details").attr("class", "lede-panel").attr("data-panel", name)
                .attr("open", "");
        Element summary = details.appendElement("summary");
        summary.appendElement("span").attr("class", "lede-panel-title").text(title);
        summary.appendText(" ");
        summary.appendElement("span").attr("class", "lede-count").text(Integer.toString(count));
        return details;
    }

    static Element lightButton(Element parent, Layer layer, String id) {
        return parent.appendElement("button").attr("type", "button").attr("class", "lede-light")
                .attr("data-light-layer", layer.field()).attr("data-light-id", id);
    }

    static Element badge(Element parent, String text, String type) {
        Element badge = parent.appendElement("span").attr("class", "lede-badge").text(text);
        if (type != null) {
            badge.attr("data-type", type);
        }
        return badge;
    }

    static String excerpt(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "…";
    }
}
