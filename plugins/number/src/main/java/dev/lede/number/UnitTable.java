package dev.lede.number;

import dev.lede.annotation.NumberType;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Units of measure from the hand-written {@code units.tsv} and, where it says nothing, from {@code units-cldr.tsv}
 * (CLDR's units with their English names, built by {@code scripts/number}), matched against the lexemes after a
 * number (longest first).
 */
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

    private final RankedNames<Unit> caseSensitive = new RankedNames<>();
    private final RankedNames<Unit> folded = new RankedNames<>();
    private final Map<String, Unit> byName = new HashMap<>();

    private UnitTable() {
        // the hand-written table decides first; the units generated from CLDR fill in the rest
        List<String> tables = List.of("units.tsv", "units-cldr.tsv");
        for (int t = 0; t < tables.size(); t++) {
            int rank = 2 * t;
            for (String[] row : Resources.table(tables.get(t))) {
                Unit u = new Unit(row[1], NumberType.valueOf(row[2].toUpperCase(Locale.ROOT)), row[3],
                        Double.parseDouble(row[4]));
                String flags = row.length > 5 ? row[5] : "";
                byName.putIfAbsent(u.name(), u);
                if (flags.contains("cs")) {
                    caseSensitive.put(row[0], u, rank);
                    continue;
                }
                String key = row[0].toLowerCase(Locale.ROOT);
                folded.put(key, u, rank);
                if (!flags.contains("abbr")) {
                    for (String plural : plurals(key)) {
                        folded.put(plural, u, rank + 1);
                    }
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
        // a unit ends at a word boundary: "m" must not match the start of "m212"
        LongestPhrase.Found<Unit> found = LongestPhrase.find(lx, j, MAX_LEXEMES, this::lookup,
                l -> l.isWord() || l.isDigits());
        return found == null ? null : new Match(found.value(), j, found.to());
    }

    private Unit lookup(String raw) {
        return caseSensitive.either(raw, folded, raw.toLowerCase(Locale.ROOT));
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
