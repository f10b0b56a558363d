package dev.lede.time;

import java.util.List;
import java.util.Set;

/**
 * Which pieces can open a time expression: numbers, the lexicon's words and a few function words. The grammar is
 * tried only there, which keeps the analyzer fast on long texts.
 */
final class Starters {
    private static final Set<String> WORDS = Set.of("the", "a", "an", "from", "between", "every", "each", "to",
            "these", "half", "all", "whole", "entire", "new", "year", "q", "h", "fiscal", "earlier", "later", "per",
            "thanksgiving", "quarter", "semi", "bi", "independence", "earth", "labor", "labour", "memorial", "black", "latest", "final", "in", "for", "at", "this", "that", "most", "till", "week", "early", "late", "mid", "easter");

    private Starters() {
    }

    /**
     * Whether piece i can open an expression: a number or a time word, or a function word ("the", "in", "from")
     * with a number or a time word within the next few pieces.
     */
    static boolean canStart(List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (strong(p)) {
            return true;
        }
        if (!canStart(p)) {
            return false;
        }
        if ((p.is("to") || p.is("till")) && i + 1 < pieces.size() && pieces.get(i + 1).is("date")) {
            return true; // "to date"
        }
        if (p.is("at") && i + 1 < pieces.size() && (pieces.get(i + 1).is("present") || pieces.get(i + 1).is("the")
                && i + 2 < pieces.size() && pieces.get(i + 2).is("moment"))) {
            return true; // "at present", "at the moment"
        }
        for (int j = i + 1; j < Math.min(pieces.size(), i + REACH); j++) {
            if (strong(pieces.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** How far a function word may stand before the first number or time word of its expression. */
    private static final int REACH = 5;

    /**
     * Nouns that are times only after "the" ("the latest period", "the near term", "the nineties"): no lexicon words
     * (they open nothing by themselves), but they let the "the" before them be tried.
     */
    private static final Set<String> NOUNS_AFTER_THE = Set.of("period", "term", "twenties", "thirties", "forties",
            "fifties", "sixties", "seventies", "eighties", "nineties");

    /**
     * Times that are in no word class of the lexicon: "eod" (end of day), "weekday" ("every weekday"), the holidays
     * whose date is computed ("next Easter" has no other strong word).
     */
    private static final Set<String> OTHER_TIME_WORDS = Set.of("eod", "weekday", "easter", "thanksgiving");

    private static boolean strong(Piece p) {
        return p.isNumber() || p.word() != null && !p.word().isFunctionOnly() || NOUNS_AFTER_THE.contains(p.lower())
                || OTHER_TIME_WORDS.contains(p.lower());
    }

    static boolean canStart(Piece p) {
        return switch (p.kind()) {
            case NUMBER -> true;
            case PUNCT -> p.is("'");
            case WORD -> p.word() != null || WORDS.contains(p.lower()) || OTHER_TIME_WORDS.contains(p.lower());
        };
    }
}
