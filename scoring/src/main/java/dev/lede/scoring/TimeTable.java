package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The times section of the score table, line for line as {@code score.py} prints it. */
final class TimeTable {
    private TimeTable() {
    }

    static void render(JsonNode r, List<String> out) {
        out.add(f("== times (%d docs): TIMEX3 values, one-to-one", r.get("docs").asLong()));
        out.add(f("  %-14s %6s %6s %6s %7s %7s", "level", "P", "R", "F1", "gold", "pred"));
        for (String k : List.of("span_exact", "span_overlap", "+type", "+value", "+type+value")) {
            JsonNode x = r.get(k);
            out.add(f("  %-14s %s %s %s %7d %7d", k, ReportTable.fmt(x.get("p")), ReportTable.fmt(x.get("r")),
                    ReportTable.fmt(x.get("f1")), x.get("gold").asLong(), x.get("pred").asLong()));
        }
        out.add(f("  type accuracy on matched %s   value accuracy on matched %s",
                ReportTable.fmt(r.get("type_accuracy_on_matched")).strip(),
                ReportTable.fmt(r.get("value_accuracy_on_matched")).strip()));
        List<String> perType = new ArrayList<>();
        r.get("per_type").fields().forEachRemaining(e -> perType.add(f("%s F1 %s (%d/%d)", e.getKey(),
                ReportTable.fmt(e.getValue().get("f1")).strip(), e.getValue().get("gold").asLong(),
                e.getValue().get("pred").asLong())));
        out.add("  per type (overlap+type) " + String.join(", ", perType));
        List<String> recall = new ArrayList<>();
        r.get("recall_by_gold_type").fields().forEachRemaining(e -> recall.add(f("%s %s / %s", e.getKey(),
                ReportTable.fmt(e.getValue().get("overlap")).strip(), ReportTable.fmt(e.getValue().get("value")).strip())));
        out.add("  recall by gold type (overlap / value) " + String.join(", ", recall));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
