package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Entities by salience: most mentioned first, then earliest. */
final class EntityPanel {
    private EntityPanel() {
    }

    private record Row(String id, JsonNode entity) {
        int mentions() {
            return entity.path("salience").path("mentionCount").asInt(entity.path("mentions").size());
        }

        int first() {
            return entity.path("salience").path("firstOffset").asInt(Integer.MAX_VALUE);
        }
    }

    static Element render(JsonNode entities) {
        Element panel = Panel.section("entities", "Entities by salience", entities.size());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            rows.add(new Row(LayerMarks.idOf(entities.get(i), Layer.ENTITIES, i), entities.get(i)));
        }
        rows.sort(Comparator.comparingInt(Row::mentions).reversed().thenComparingInt(Row::first));
        Element list = panel.appendElement("ul").attr("class", "lede-entity-list");
        for (Row row : rows) {
            Element button = Panel.lightButton(list.appendElement("li"), Layer.ENTITIES, row.id());
            String type = row.entity().path("type").asText();
            Panel.badge(button, type, type);
            button.appendText(" " + row.entity().path("name").asText() + " ");
            button.appendElement("span").attr("class", "lede-count")
                    .attr("aria-label", Describe.plural(row.mentions(), "mention"))
                    .text(Integer.toString(row.mentions()));
        }
        return panel;
    }
}
