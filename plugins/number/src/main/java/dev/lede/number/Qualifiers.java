package dev.lede.number;

import dev.lede.annotation.Approx;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Words before a number that qualify it ("more than", "nearly", "up to"), from {@code qualifiers.tsv}. */
final class Qualifiers {

    /** A qualifier over lexemes [from, to); {@code approx} is null for "exactly". */
    record Match(Approx approx, int from, int to) {
    }

    private static final Qualifiers INSTANCE = new Qualifiers();
    private final Map<String, String> phrases = new HashMap<>();
    private int longest;

    private Qualifiers() {
        for (String[] row : Resources.table("qualifiers.tsv")) {
            phrases.put(row[0], row[1]);
            longest = Math.max(longest, row[0].split(" ").length);
        }
    }

    static Qualifiers get() {
        return INSTANCE;
    }

    /** The longest qualifier ending just before lexeme {@code end}, not reaching before {@code floor}. */
    Match before(List<Lexeme> lx, int end, int floor) {
        for (int from = Math.max(floor, end - longest - 1); from < end; from++) {
            StringBuilder b = new StringBuilder();
            for (int k = from; k < end; k++) {
                Lexeme l = lx.get(k);
                if (k > from && l.gap() > 0) {
                    b.append(' ');
                }
                b.append(l.lower());
            }
            String q = phrases.get(b.toString());
            if (q != null) {
                Approx a = q.equals("exact") ? null : Approx.valueOf(q.toUpperCase(Locale.ROOT));
                return new Match(a, from, end);
            }
        }
        return null;
    }
}
