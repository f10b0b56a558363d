package dev.lede.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Unit canonicalisation and conversion, a port of the reference scorer's {@code units.py}: "km", "kilometres" and
 * "kilometer" compare equal, money compares by ISO code, and units of one dimension convert (90 minute = 1.5 hour).
 */
final class Units {
    private static final Set<String> KEPT_WORDS = Set.of("per", "of", "a", "an");

    private Units() {
    }

    /**
     * Comparable form of a unit: ISO code for money, else a lower-case singular US-spelling name; null for no unit.
     *
     * @param numberType the number's type ("money", "percent"...), may be null
     */
    static String canonical(String unit, String numberType) {
        if (unit == null) {
            return null;
        }
        String u = PyText.collapseSpaces(PyText.strip(unit));
        if (u.isEmpty()) {
            return null;
        }
        if ("percent".equals(numberType)) {
            return "percent";
        }
        String upper = u.toUpperCase(Locale.ROOT);
        if ("money".equals(numberType) || UnitTables.ISO.contains(upper)) {
            String code = currencyCode(u);
            return code != null ? code : upper;
        }
        String low = u.toLowerCase(Locale.ROOT);
        String alias = UnitTables.ALIASES.get(low);
        if (alias != null) {
            return alias;
        }
        low = low.replace("metre", "meter").replace("litre", "liter");
        List<String> out = new ArrayList<>();
        for (String w : low.split(" ", -1)) {
            out.add(KEPT_WORDS.contains(w) ? w : UnitTables.ALIASES.getOrDefault(w, singular(w)));
        }
        low = String.join(" ", out);
        return UnitTables.ALIASES.getOrDefault(low, low);
    }

    /** ISO code for a currency name, symbol or code, or null. */
    static String currencyCode(String name) {
        String n = PyText.strip(name);
        String upper = n.toUpperCase(Locale.ROOT);
        if (UnitTables.ISO.contains(upper)) {
            return upper;
        }
        return UnitTables.CURRENCY.get(n.toLowerCase(Locale.ROOT));
    }

    /** Naive English singular, the same rules as {@code units.singular}. */
    static String singular(String w) {
        String irregular = UnitTables.IRREGULAR_PLURALS.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.codePointCount(0, w.length());
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (n > 3 && w.endsWith("s") && !(w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * Factor f with {@code value_in_to = value_in_from * f} when both canonical units share a dimension, else null.
     */
    static Double conversion(String from, String to) {
        UnitTables.Dimensioned a = from == null ? null : UnitTables.DIMENSION_OF.get(from);
        UnitTables.Dimensioned b = to == null ? null : UnitTables.DIMENSION_OF.get(to);
        if (a != null && b != null && a.dimension().equals(b.dimension())) {
            return a.factor() / b.factor();
        }
        return null;
    }
}
