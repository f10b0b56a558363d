package dev.lede.scoring;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Precision, recall and F1 from counts; zero (not undefined) when a denominator is zero, as in {@code score.py}. */
record Prf(double p, double r, double f1, long tp, long pred, long gold) {

    static Prf of(long tp, long pred, long gold) {
        double p = pred == 0 ? 0.0 : (double) tp / pred;
        double r = gold == 0 ? 0.0 : (double) tp / gold;
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new Prf(p, r, f, tp, pred, gold);
    }

    /** {@code a / b}, or null when b is zero (score.py's {@code ratio}). */
    static Double ratio(long a, long b) {
        return b == 0 ? null : (double) a / b;
    }

    /** Puts a ratio, or JSON null when it is undefined (Python's None). */
    static void putRatio(ObjectNode o, String field, Double v) {
        if (v == null) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }

    ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("p", p);
        o.put("r", r);
        o.put("f1", f1);
        o.put("tp", tp);
        o.put("pred", pred);
        o.put("gold", gold);
        return o;
    }
}
