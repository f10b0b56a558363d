package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/** The document's focus (countries and cities it is about) and a table of its pinned places. */
final class PlacePanel {
    private PlacePanel() {
    }

    static Element render(JsonNode result, List<PlacePins.Pin> pins) {
        Element panel = Panel.section("places", "Places", pins.size());
        JsonNode focus = result.path("focus");
        if (!focus.isEmpty()) {
            Element list = panel.appendElement("ul").attr("class", "lede-focus-list").attr("aria-label", "Focus");
            for (JsonNode f : focus) {
                Element item = list.appendElement("li");
                Panel.badge(item, "focus " + f.path("level").asText(), null);
                item.appendText(" " + f.path("name").asText() + " ");
                item.appendElement("span").attr("class", "lede-score")
                        .text(String.format(Locale.ROOT, "%.2f", f.path("score").asDouble()));
            }
        }
        if (pins.isEmpty()) {
            return panel;
        }
        Element table = panel.appendElement("div").attr("class", "lede-table-wrap").appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String c : List.of("place", "feature", "country", "lat, lon", "mentions", "GeoNames")) {
            head.appendElement("th").attr("scope", "col").text(c);
        }
        Element body = table.appendElement("tbody");
        for (PlacePins.Pin pin : pins) {
            Element row = body.appendElement("tr");
            row.appendElement("td").appendElement("button").attr("type", "button").attr("class", "lede-light")
                    .attr("data-light-pin", pin.key()).text(pin.name());
            row.appendElement("td").text(pin.featureCode().isEmpty() ? "" : Describe.feature(pin.featureCode()));
            row.appendElement("td").text(Describe.country(pin.countryCode()));
            row.appendElement("td").attr("class", "lede-num")
                    .text(String.format(Locale.ROOT, "%.3f, %.3f", pin.lat(), pin.lon()));
            row.appendElement("td").attr("class", "lede-num").text(Integer.toString(pin.mentions()));
            Element link = row.appendElement("td");
            if (!pin.geonameId().isEmpty()) {
                link.appendElement("a").attr("href", Describe.geonamesUrl(pin.geonameId())).text(pin.geonameId());
            }
        }
        return panel;
    }
}
