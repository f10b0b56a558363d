package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders scores as the text table of {@code score.py}, so people can compare the two outputs by eye. */
final class ReportTable {
    private ReportTable() {
    }

    static String render(JsonNode res) {
        List<String> out = new ArrayList<>();
        if (res.has("entities")) {
            entities(res.get("entities"), out);
        }
        if (res.has("quotes")) {
            quotes(res.get("quotes"), out);
        }
        if (res.has("numbers")) {
            numbers(res.get("numbers"), out);
        }
        if (res.has("places")) {
            places(res.get("places"), out);
        }
        if (res.has("times")) {
            TimeTable.render(res.get("times"), out);
        }
        if (res.has("text")) {
            text(res.get("text"), out);
        }
        return String.join("\n", out);
    }

    private static void text(JsonNode r, List<String> out) {
        out.add(f("== text (%d pages): main text, 4-gram shingles averaged per page", r.get("pages").asLong()));
        out.add(f("  precision %s  recall %s  f1 %s  accuracy %s  pages without text %d", fmt(r.get("precision")),
                fmt(r.get("recall")), fmt(r.get("f1")), fmt(r.get("accuracy")), r.get("missing").asLong()));
    }

    private static void entities(JsonNode r, List<String> out) {
        out.add(f("== entities (%d docs): name mentions, exact span + type", r.get("docs").asLong()));
        out.add(f("  %-14s %6s %6s %6s %7s %7s", "", "P", "R", "F1", "gold", "pred"));
        List<Map.Entry<String, JsonNode>> rows = new ArrayList<>();
        rows.add(Map.entry("micro", r.get("micro")));
        rows.addAll(new TreeMap<>(fields(r.get("per_type"))).entrySet());
        rows.add(Map.entry("span-only", r.get("span_only")));
        rows.add(Map.entry("overlap+type", r.get("overlap_typed")));
        for (Map.Entry<String, JsonNode> row : rows) {
            JsonNode x = row.getValue();
            out.add(f("  %-14s %s %s %s %7d %7d", row.getKey(), fmt(x.get("p")), fmt(x.get("r")), fmt(x.get("f1")),
                    x.get("gold").asLong(), x.get("pred").asLong()));
        }
        if (r.has("coref_b3")) {
            JsonNode c = r.get("coref_b3");
            out.add(f("  coref B3       %s %s %s   on %d/%d gold mentions found %s", fmt(c.get("p")), fmt(c.get("r")),
                    fmt(c.get("f1")), c.get("mentions_found").asLong(), c.get("gold_mentions").asLong(),
                    pyDict(c.get("found_by_kind"))));
        }
    }

    private static void quotes(JsonNode r, List<String> out) {
        JsonNode q = r.get("quotes");
        out.add(f("== quotes (%d docs): match = >=50%% of predicted chars inside gold, one-to-one", r.get("docs").asLong()));
        out.add(f("  quotes         P %s R %s F1 %s  (gold %d, pred %d)", fmt(q.get("p")), fmt(q.get("r")),
                fmt(q.get("f1")), q.get("gold").asLong(), q.get("pred").asLong()));
        List<String> kinds = new ArrayList<>();
        fields(r.get("recall_by_kind")).forEach((k, v) -> kinds.add(f("%s %s (%d/%d)", k, fmt(v.get("r")).strip(),
                v.get("found").asLong(), v.get("gold").asLong())));
        out.add("  recall by kind " + String.join(", ", kinds));
        out.add(f("  exact-boundary precision %s   speaker accuracy on matched %s   precision many-to-one %s",
                fmt(r.get("exact_boundary_precision")), fmt(r.get("speaker_accuracy_on_matched")),
                fmt(r.get("precision_any"))));
        JsonNode j = r.get("joint_quote_speaker");
        out.add(f("  quote+speaker  P %s R %s F1 %s", fmt(j.get("p")), fmt(j.get("r")), fmt(j.get("f1"))));
        if (r.has("notQuotes_reported")) {
            JsonNode n = r.get("notQuotes_reported");
            out.add(f("  notQuotes reported %d of %d", n.get("count").asLong(), n.get("notQuotes").asLong()));
        }
    }

    private static void numbers(JsonNode r, List<String> out) {
        out.add(f("== numbers (%d docs)", r.get("docs").asLong()));
        out.add(f("  %-14s %6s %6s %6s %7s %7s", "level", "P", "R", "F1", "gold", "pred"));
        for (String k : List.of("span_exact", "span_overlap", "+value", "+unit", "+approx")) {
            JsonNode x = r.get(k);
            out.add(f("  %-14s %s %s %s %7d %7d", k, fmt(x.get("p")), fmt(x.get("r")), fmt(x.get("f1")),
                    x.get("gold").asLong(), x.get("pred").asLong()));
        }
        JsonNode nn = r.get("notNumbers_reported");
        out.add(f("  notNumbers reported %d (of %d notNumbers); out-of-scope predictions ignored %d; type agreement %s",
                nn.get("count").asLong(), nn.get("notNumbers").asLong(), r.get("ignored_out_of_scope").asLong(),
                fmt(r.get("type_agreement_on_matched")).strip()));
        if (r.has("unlocated_gold")) {
            JsonNode u = r.get("unlocated_gold");
            out.add(f("  gold without offsets: %d (left out; %d predictions matched to them by value, left out)",
                    u.get("gold").asLong(), u.get("excused_predictions").asLong()));
        }
    }

    private static void places(JsonNode r, List<String> out) {
        JsonNode x = r.get("recognition");
        JsonNode e = r.get("end_to_end");
        JsonNode km = r.get("error_km");
        out.add(f("== places (%d docs, %s match)", r.get("docs").asLong(), r.get("match").asText()));
        out.add(f("  recognition    P %s R %s F1 %s  (gold %d, pred %d)", fmt(x.get("p")), fmt(x.get("r")),
                fmt(x.get("f1")), x.get("gold").asLong(), x.get("pred").asLong()));
        out.add(f("  acc@161km on matched %s (%d pairs); over all gold with coords %s; geonameId acc %s (%d pairs)",
                fmt(r.get("acc@161km_on_matched")), r.get("resolved_pairs").asLong(),
                fmt(r.get("acc@161km_all_gold_with_coords")), fmt(r.get("geonameId_acc_on_matched")),
                r.get("geonameId_pairs").asLong()));
        out.add(f("  end-to-end     P %s R %s F1 %s   error km mean %s median %s AUC %s", fmt(e.get("p")),
                fmt(e.get("r")), fmt(e.get("f1")), fmt(km.get("mean")), fmt(km.get("median")), fmt(km.get("auc"))));
        JsonNode n = r.get("notPlaces_reported");
        JsonNode byType = n.get("by_type");
        out.add(f("  notPlaces reported %d of %d %s", n.get("count").asLong(), n.get("notPlaces").asLong(),
                byType.size() > 0 ? pyDict(byType) : ""));
    }

    /**
     * Python's {@code "%6.3f" % x}, or {@code "   -  "} for None. Rounds the exact binary value half-even, as
     * Python does; Java's {@code %f} rounds the shortest decimal half-up and would differ on ties like 0.0625.
     */
    static String fmt(JsonNode v) {
        if (v == null || v.isNull()) {
            return "   -  ";
        }
        String s = new BigDecimal(v.doubleValue()).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        return String.format(Locale.ROOT, "%6s", s);
    }

    // Python's repr of a flat dict of strings or integers, e.g. {'name': '3/4', 'pronoun': '0/2'}.
    private static String pyDict(JsonNode obj) {
        List<String> items = new ArrayList<>();
        fields(obj).forEach((k, v) -> items.add(pyRepr(k) + ": " + (v.isTextual() ? pyRepr(v.textValue()) : v.toString())));
        return "{" + String.join(", ", items) + "}";
    }

    private static String pyRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == q) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append(q).toString();
    }

    private static Map<String, JsonNode> fields(JsonNode obj) {
        Map<String, JsonNode> m = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
