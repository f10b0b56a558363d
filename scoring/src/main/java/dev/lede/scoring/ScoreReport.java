package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The scores of one run: {@link #toJson()} has the structure and keys of {@code score.py --json}, {@link #toTable()}
 * the human table it prints, and {@link #metric(String)} reads one figure by its dotted path (for CI ratchets).
 */
public final class ScoreReport {
    private final ObjectNode scores;
    private final String goldSource;
    private final String predSource;

    ScoreReport(ObjectNode scores) {
        this(scores, null, null);
    }

    private ScoreReport(ObjectNode scores, String goldSource, String predSource) {
        this.scores = scores;
        this.goldSource = goldSource;
        this.predSource = predSource;
    }

    /** The same report naming the gold and prediction files (shown in the table and as "gold"/"pred" in JSON). */
    public ScoreReport withSources(String gold, String pred) {
        return new ScoreReport(scores, gold, pred);
    }

    /** A fresh copy of the scores as JSON, keys as in {@code score.py --json}. */
    public JsonNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (goldSource != null) {
            out.put("gold", goldSource);
        }
        if (predSource != null) {
            out.put("pred", predSource);
        }
        out.setAll(scores.deepCopy());
        return out;
    }

    /** The human-readable table, line for line what {@code score.py} prints. */
    public String toTable() {
        String table = ReportTable.render(scores);
        if (goldSource == null) {
            return table;
        }
        String header = String.format(java.util.Locale.ROOT,
                "gold %s (%d docs)  pred %s  (%d gold docs without prediction, %d prediction docs not in gold)",
                goldSource, scores.get("gold_docs").asLong(), predSource, scores.get("pred_docs_missing").asLong(),
                scores.get("pred_docs_not_in_gold").asLong());
        return header + "\n" + table;
    }

    /**
     * One figure by its dotted path, e.g. {@code "entities.micro.f1"}, {@code "quotes.quotes.p"},
     * {@code "places.acc@161km_on_matched"}; NaN when the path is absent or not a number (e.g. an undefined ratio).
     */
    public double metric(String path) {
        JsonNode node = scores;
        for (String key : path.split("\\.")) {
            node = node == null ? null : node.get(key);
        }
        return node != null && node.isNumber() ? node.doubleValue() : Double.NaN;
    }

    /** Whether the layer was scored. */
    public boolean has(String layer) {
        return scores.has(layer);
    }

    @Override
    public String toString() {
        return toTable();
    }
}
