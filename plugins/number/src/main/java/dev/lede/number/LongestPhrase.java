package dev.lede.number;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The longest phrase of lexemes starting at a given lexeme that a table knows, shared by {@link UnitTable} and
 * {@link CurrencyTable}. Lexemes are joined as written, with one space where they were apart; a gap wider than
 * two characters ends the phrase.
 */
final class LongestPhrase {

    /** What a table found over lexemes [from, to). */
    record Found<T>(T value, int to) {
    }

    private LongestPhrase() {
    }

    /**
     * Looks up the phrases of 1 to {@code maxLexemes} lexemes starting at {@code j} and keeps the longest that
     * {@code lookup} knows and that ends at a boundary: the end of the lexemes, a gap, or a following lexeme that
     * {@code joinsPhrase} does not glue onto it.
     *
     * @return the longest such phrase, or null
     */
    static <T> Found<T> find(List<Lexeme> lx, int j, int maxLexemes, Function<String, T> lookup,
            Predicate<Lexeme> joinsPhrase) {
        StringBuilder raw = new StringBuilder();
        Found<T> best = null;
        for (int k = j; k < lx.size() && k < j + maxLexemes; k++) {
            Lexeme l = lx.get(k);
            if (k > j && l.gap() > 0) {
                if (l.gap() > 2) {
                    break;
                }
                raw.append(' ');
            }
            raw.append(l.text());
            T value = lookup.apply(raw.toString());
            if (value != null && (k + 1 >= lx.size() || lx.get(k + 1).gap() > 0 || !joinsPhrase.test(lx.get(k + 1)))) {
                best = new Found<>(value, k + 1);
            }
        }
        return best;
    }
}
