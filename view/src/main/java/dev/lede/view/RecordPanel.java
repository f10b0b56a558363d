package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A table of a layer's records, one column per field they carry: the numbers table (text, type, value, unit,
 * approx) and the times table, whatever fields the time layer writes.
 */
final class RecordPanel {
    private static final Set<String> HIDDEN = Set.of("start", "end", "text", "id");

    private RecordPanel() {
    }

    static Element render(Layer layer, String title, JsonNode records) {
        Element panel = Panel.section(layer.field(), title, records.size());
        List<String> columns = columns(records);
        Element table = panel.appendElement("div").attr("class", "lede-table-wrap").appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("text");
        columns.forEach(c -> head.appendElement("th").attr("scope", "col").text(c));
        Element body = table.appendElement("tbody");
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            Element row = body.appendElement("tr");
            Panel.lightButton(row.appendElement("td"), layer, LayerMarks.idOf(r, layer, i)).text(r.path("text").asText());
            for (String c : columns) {
                JsonNode v = r.path(c);
                Element cell = row.appendElement("td").text(v.isValueNode() && !v.isNull() ? Describe.value(v) : "");
                if (v.isNumber()) {
                    cell.attr("class", "lede-num");
                }
            }
        }
        return panel;
    }

    private static List<String> columns(JsonNode records) {
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode r : records) {
            for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!HIDDEN.contains(f) && r.path(f).isValueNode()) {
                    columns.add(f);
                }
            }
        }
        return new ArrayList<>(columns);
    }
}
