package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * Compares one gold number with one predicted number: value (relative tolerance 1e-6; ranges compare low and high;
 * units of one dimension are converted first) and unit (canonical form; not checked where gold has none or for
 * percentages). The rules of {@code score.py}'s {@code value_ok} and {@code unit_ok}.
 */
final class NumberValues {
    private static final double REL_TOL = 1e-6;
    private static final double ABS_TOL = 1e-12;

    private NumberValues() {
    }

    /** A number's value: a range (low, high sorted), a single value, or none. */
    private record View(Kind kind, double a, double b) {
        enum Kind { RANGE, VALUE, NONE }
    }

    static boolean valueOk(JsonNode gold, JsonNode pred) {
        String[] units = unitPair(gold, pred);
        Double f = units[0] != null && units[1] != null && !units[0].equals(units[1])
                ? Units.conversion(units[1], units[0]) : null;
        double factor = f == null || f == 0.0 ? 1.0 : f;
        View g = view(gold);
        View p = view(pred);
        if (g.kind() != p.kind() || g.kind() == View.Kind.NONE) {
            return g.kind() == View.Kind.NONE && p.kind() == View.Kind.NONE;
        }
        if (g.kind() == View.Kind.RANGE) {
            return close(g.a(), p.a() * factor) && close(g.b(), p.b() * factor);
        }
        return close(g.a(), p.a() * factor);
    }

    static boolean unitOk(JsonNode gold, JsonNode pred) {
        String[] units = unitPair(gold, pred);
        String gu = units[0];
        String pu = units[1];
        if (gu == null || "percent".equals(PyJson.str(gold, "type"))) {
            return true;
        }
        if (gu.equals(pu)) {
            return true;
        }
        return pu != null && Units.conversion(pu, gu) != null;
    }

    // Canonical units of both; when either side is money, both are read as money.
    private static String[] unitPair(JsonNode gold, JsonNode pred) {
        String gt = PyJson.str(gold, "type");
        String pt = PyJson.str(pred, "type");
        boolean money = "money".equals(gt) || "money".equals(pt);
        return new String[] {
            Units.canonical(PyJson.str(gold, "unit"), money ? "money" : gt),
            Units.canonical(PyJson.str(pred, "unit"), money ? "money" : pt)};
    }

    private static View view(JsonNode n) {
        Double lo = PyJson.asFloat(PyJson.get(n, "low"));
        Double hi = PyJson.asFloat(PyJson.get(n, "high"));
        Double value = PyJson.asFloat(PyJson.get(n, "value"));
        if (lo != null && hi != null) {
            return new View(View.Kind.RANGE, Math.min(lo, hi), Math.max(lo, hi));
        }
        if (value != null) {
            return new View(View.Kind.VALUE, value, 0);
        }
        if (lo != null || hi != null) {
            return new View(View.Kind.VALUE, Objects.requireNonNullElse(lo, hi), 0);
        }
        return new View(View.Kind.NONE, 0, 0);
    }

    /** Python's {@code math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)}. */
    static boolean close(double a, double b) {
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(REL_TOL * b) || diff <= Math.abs(REL_TOL * a) || diff <= ABS_TOL;
    }
}
