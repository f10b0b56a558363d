package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Quotes grouped by speaker (the entity when the speaker is one, else the words naming the speaker). */
final class QuotePanel {
    private QuotePanel() {
    }

    static Element render(JsonNode quotes, LayerMarks marks) {
        Element panel = Panel.section("quotes", "Quotes by speaker", quotes.size());
        Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            JsonNode speaker = quotes.get(i).path("speaker");
            String key = speaker.hasNonNull("entity") ? speaker.path("entity").asText()
                    : speaker.hasNonNull("text") ? "text:" + speaker.path("text").asText().toLowerCase() : "";
            names.putIfAbsent(key, key.isEmpty() ? "No speaker found"
                    : speaker.path("name").asText(speaker.path("text").asText()));
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> group : bySpeaker.entrySet()) {
            Element section = panel.appendElement("section").attr("class", "lede-speaker");
            Element heading = section.appendElement("h4").text(names.get(group.getKey()) + " ");
            heading.appendElement("span").attr("class", "lede-count").text(Integer.toString(group.getValue().size()));
            Element list = section.appendElement("ul");
            for (int i : group.getValue()) {
                list.appendChild(card(quotes.get(i), LayerMarks.idOf(quotes.get(i), Layer.QUOTES, i), marks));
            }
        }
        return panel;
    }

    private static Element card(JsonNode quote, String id, LayerMarks marks) {
        Element item = Markup.element("li").attr("class", "lede-quote-card");
        Element button = Panel.lightButton(item, Layer.QUOTES, id);
        Panel.badge(button, quote.path("kind").asText(), null).attr("data-kind", quote.path("kind").asText());
        button.appendText(" " + Panel.excerpt(quote.path("text").asText(), 140));
        Element links = item.appendElement("p").attr("class", "lede-roles");
        link(links, quote.path("speaker"), "speaker", marks.roleElementId(id, "speaker"));
        link(links, quote.path("cue"), "cue", marks.roleElementId(id, "cue"));
        return item;
    }

    private static void link(Element parent, JsonNode span, String role, String target) {
        if (!span.hasNonNull("start")) {
            return;
        }
        if (parent.childrenSize() > 0) {
            parent.appendText(" · ");
        }
        parent.appendText(role + ": ");
        parent.appendElement("a").attr("href", "#" + target).attr("data-role-link", role)
                .text(span.path("text").asText());
    }
}
