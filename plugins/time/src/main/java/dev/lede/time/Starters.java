package dev.lede.time;

import java.util.Set;

/**
 * Which pieces can open a time expression: numbers, the lexicon's words and a few function words. The grammar is
 * tried only there, which keeps the analyzer fast on long texts.
 */
final class Starters {
    private static final Set<String> WORDS = Set.of("the", "a", "an", "from", "between", "every", "each", "to",
            "these", "half", "all", "whole", "entire", "new", "year", "q", "h", "fiscal", "earlier", "later", "per",
            "thanksgiving", "quarter", "latest", "final", "in", "for", "at", "this", "that", "most");

    private Starters() {
    }

    static boolean canStart(Piece p) {
        return switch (p.kind()) {
            case NUMBER -> true;
            case PUNCT -> p.is("'");
            case WORD -> p.word() != null || WORDS.contains(p.lower());
        };
    }
}
