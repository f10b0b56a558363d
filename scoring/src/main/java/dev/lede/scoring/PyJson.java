package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads gold and prediction JSON the way the reference scorer ({@code score.py}) does, so that edge cases score
 * alike: Python truthiness ({@code if x:}), {@code dict.get(key)} that tells a missing key from a null value, and
 * {@code float(x)} on values that may be strings. Kept in one place so every layer scorer agrees on them.
 */
final class PyJson {
    private PyJson() {
    }

    /** The field, or null when it is missing or JSON null (Python's {@code d.get(key)} is None). */
    static JsonNode get(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    /** True when the field is missing or null. */
    static boolean isNone(JsonNode node, String field) {
        return get(node, field) == null;
    }

    /** Python truthiness of a JSON value: null, false, 0, "", [] and {} are false. */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    static boolean truthy(JsonNode node, String field) {
        return truthy(get(node, field));
    }

    /** The elements of an array field; empty when the field is missing, null or not an array ({@code d.get(k) or []}). */
    static List<JsonNode> list(JsonNode node, String field) {
        JsonNode v = get(node, field);
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** A string field, or null when missing or null. Non-string values are rendered as Python's {@code str()}. */
    static String str(JsonNode node, String field) {
        return pyStr(get(node, field));
    }

    static String pyStr(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        return v.toString();
    }

    /** {@code d.get(field, fallback)}: the fallback only when the key is absent; a JSON null stays null. */
    static String strOr(JsonNode node, String field, String fallback) {
        if (node == null || !node.has(field)) {
            return fallback;
        }
        return pyStr(get(node, field));
    }

    /** An integer offset field ({@code start}/{@code end}); callers check presence first. */
    static int offset(JsonNode node, String field) {
        JsonNode v = get(node, field);
        if (v == null) {
            throw new IllegalArgumentException("missing '" + field + "' in " + node);
        }
        return v.asInt();
    }

    /**
     * Python's {@code float(x)} with NaN read as absent: numbers and numeric strings give a value; null, NaN and
     * anything unparsable give null.
     */
    static Double asFloat(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        double d;
        if (v.isNumber()) {
            d = v.doubleValue();
        } else if (v.isBoolean()) {
            d = v.booleanValue() ? 1 : 0;
        } else if (v.isTextual()) {
            Double parsed = parsePythonFloat(v.textValue());
            if (parsed == null) {
                return null;
            }
            d = parsed;
        } else {
            return null;
        }
        return Double.isNaN(d) ? null : d;
    }

    // Python accepts "inf"/"infinity"/"nan" and underscores between digits; Java accepts "1d" and hex, Python not.
    private static Double parsePythonFloat(String s) {
        String t = PyText.strip(s).toLowerCase(java.util.Locale.ROOT);
        String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        boolean negative = t.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!t.matches("[+-]?(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?([e][+-]?\\d(_?\\d)*)?") || !t.matches(".*\\d.*")
                || t.matches("[+-]?\\.?(e.*)?")) {
            return null;
        }
        try {
            return Double.parseDouble(t.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Python's {@code int(x)} on a GeoNames id that may be a number or a numeric string. */
    static long asLong(JsonNode v) {
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.longValue() : (long) v.doubleValue();
        }
        return Long.parseLong(PyText.strip(v.asText()));
    }

    /** JSON equality of two values where null and missing are equal ({@code a.get(k) == b.get(k)}). */
    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.doubleValue() == b.doubleValue();
        }
        return a.equals(b);
    }
}
