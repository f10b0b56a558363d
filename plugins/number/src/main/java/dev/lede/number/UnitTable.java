package dev.lede.number;

import dev.lede.annotation.NumberType;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Units of measure from {@code units.tsv}, matched against the lexemes after a number (longest first). */
final class UnitTable {

    /** A unit: canonical name, the type of number it makes, its dimension and factor to the dimension's base. */
    record Unit(String name, NumberType type, String dimension, double factor) {
        boolean isTime() {
            return dimension.equals("time");
        }
    }

    /** A unit found over lexemes [from, to). */
    record Match(Unit unit, int from, int to) {
    }

    private static final int MAX_LEXEMES = 5;
    private static final UnitTable INSTANCE = new UnitTable();

    private final Map<String, Unit> caseSensitive = new HashMap<>();
    private final Map<String, Unit> folded = new HashMap<>();
    private final Map<String, Unit> byName = new HashMap<>();

    private UnitTable() {
        for (String[] row : Resources.table("units.tsv")) {
            Unit u = new Unit(row[1], NumberType.valueOf(row[2].toUpperCase(Locale.ROOT)), row[3], Double.parseDouble(row[4]));
            String flags = row.length > 5 ? row[5] : "";
            byName.putIfAbsent(u.name(), u);
            if (flags.contains("cs")) {
                caseSensitive.put(row[0], u);
                continue;
            }
            String key = row[0].toLowerCase(Locale.ROOT);
            folded.put(key, u);
            if (!flags.contains("abbr")) {
                for (String plural : plurals(key)) {
                    folded.putIfAbsent(plural, u);
                }
            }
        }
    }

    static UnitTable get() {
        return INSTANCE;
    }

    Unit byName(String name) {
        return byName.get(name);
    }

    /** The longest unit starting at lexeme {@code j}, or null. */
    Match match(List<Lexeme> lx, int j) {
        if (j >= lx.size()) {
            return null;
        }
        StringBuilder raw = new StringBuilder();
        Match best = null;
        for (int k = j; k < lx.size() && k < j + MAX_LEXEMES; k++) {
            Lexeme l = lx.get(k);
            if (k > j && l.gap() > 0) {
                if (l.gap() > 2) {
                    break;
                }
                raw.append(' ');
            }
            raw.append(l.text());
            String r = raw.toString();
            Unit u = caseSensitive.get(r);
            if (u == null) {
                u = folded.get(r.toLowerCase(Locale.ROOT));
            }
            // a unit ends at a word boundary: "m" must not match the start of "m212"
            if (u != null && (k + 1 >= lx.size() || lx.get(k + 1).gap() > 0 || !lx.get(k + 1).isWord()
                    && !lx.get(k + 1).isDigits())) {
                best = new Match(u, j, k + 1);
            }
        }
        return best;
    }

    static String[] plurals(String key) {
        if (key.endsWith("y")) {
            return new String[] {key + "s", key.substring(0, key.length() - 1) + "ies"};
        }
        if (key.endsWith("s") || key.endsWith("x") || key.endsWith("ch") || key.endsWith("sh")) {
            return new String[] {key + "es"};
        }
        return new String[] {key + "s"};
    }
}
