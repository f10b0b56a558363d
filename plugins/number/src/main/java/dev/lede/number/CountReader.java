package dev.lede.number;

import dev.lede.annotation.NumberType;

import java.util.List;
import java.util.Set;

/**
 * A number with the noun it counts, the way GDELT records amounts: "50 countries", "one woman", "more than 500 knee
 * operations", "40,000 Model Y cars", "8.2 assists a game". The counted noun is the head of the noun phrase after
 * the number ({@link NounPhrase}): for a plural number the first plural noun, skipping the adjectives, names and
 * nouns that modify it; after "one" the last noun before the phrase ends. The noun is kept as written.
 */
final class CountReader {
    /** Words before the noun a rate is counted per: "8.2 assists a game", "three meals a day", "twice a week". */
    private static final Set<String> RATE_ARTICLES = Set.of("a", "an", "per", "every", "each");

    private final UnitTable units = UnitTable.get();
    private final NounPhrase phrases = new NounPhrase();
    private final NumberWords words = NumberWords.get();
    private final NumberRules rules;

    CountReader(NumberRules rules) {
        this.rules = rules;
    }

    /** A number with the noun it counts: "50 countries", "2,000 troops", "one woman". */
    void count(List<Lexeme> lx, Expression ex) {
        if (ex.numeral == null || ex.numeral.bareFraction() || ex.to >= lx.size() || endsWithFraction(lx, ex.numeral)) {
            return;
        }
        boolean one = ex.value == 1 && ex.numeral.to() - ex.numeral.from() == 1 && ex.numeral.value() == 1;
        if (!rules.nounPhraseCounts()) {
            if (ex.value == Math.rint(ex.value) && ex.value >= 2) {
                NounPhrase.Head h = phrases.adjacentHead(lx, ex.to);
                if (h != null) {
                    set(ex, h.text(), h.to());
                }
            }
            return;
        }
        if (ex.value < 0 || one && !isOneWord(lx.get(ex.numeral.from()))) {
            return;
        }
        if (hyphenated(lx, ex)) {
            return;
        }
        NounPhrase.Head head = one ? phrases.singularHead(lx, ex.to) : phrases.pluralHead(lx, ex.to);
        if (head == null) {
            return;
        }
        UnitTable.Match unit = units.match(lx, head.to() - 1);
        if (unit != null && unit.unit().isTime() && unit.to() == head.to()) {
            // "20 working days": a duration whatever modifies its unit
            ex.measure = unit.unit();
            ex.unit = unit.unit().name();
            ex.type = unit.unit().type();
            ex.to = head.to();
            return;
        }
        set(ex, head.text(), head.to());
        rate(lx, ex);
    }

    /**
     * "a 10-point lead", "a 12-member panel": the noun of a hyphenated modifier is what the number counts. Units
     * ("a 10-mile walk") and ages were read before.
     */
    private boolean hyphenated(List<Lexeme> lx, Expression ex) {
        int j = ex.to;
        if (j + 2 >= lx.size() || !(lx.get(j).is('-') || lx.get(j).is('‑')) || !lx.get(j).glued()) {
            return false;
        }
        Lexeme noun = lx.get(j + 1);
        Lexeme next = lx.get(j + 2);
        if (!noun.glued() || !noun.isWord() || noun.isCapitalized() || !phrases.isSingularNoun(noun.lower())
                || !next.isWord() || next.gap() != 1 || NounPhrase.isStopWord(next.lower())) {
            return false;
        }
        set(ex, noun.text(), j + 2);
        return true;
    }

    /**
     * "one" or "One": news spells out one; a digit 1 before a noun is mostly a score, ratio or rank ("a 3 to 1
     * margin"), and "a" or "an" count nothing on their own.
     */
    private static boolean isOneWord(Lexeme l) {
        return l.lower().equals("one");
    }

    /** "a seventh", "two thirds": a fraction or ordinal counts nothing ("a seventh consecutive title" is 7th). */
    private boolean endsWithFraction(List<Lexeme> lx, Numeral num) {
        Lexeme last = lx.get(num.to() - 1);
        NumberWords.Word w = last.isWord() ? words.word(last.lower()) : null;
        return w != null && (w.kind() == NumberWords.Kind.ORDINAL || w.kind() == NumberWords.Kind.HALF
                || w.kind() == NumberWords.Kind.QUARTER || w.kind() == NumberWords.Kind.SCALE_ORDINAL
                || w.kind() == NumberWords.Kind.HUNDREDTH);
    }

    private static void set(Expression ex, String noun, int to) {
        ex.type = NumberType.COUNT;
        ex.unit = noun;
        ex.to = to;
    }

    /**
     * "8.2 assists a game", "four times per week": a count per a singular noun or a unit of time. Repeated events
     * ("times") are written as "count per ..." the way quantity extractors name a frequency.
     */
    void rate(List<Lexeme> lx, Expression ex) {
        if (!rules.eventCounts()) {
            return;
        }
        int j = ex.to;
        if (j + 1 >= lx.size() || !RATE_ARTICLES.contains(lx.get(j).lower()) || lx.get(j).gap() != 1) {
            return;
        }
        Lexeme per = lx.get(j + 1);
        if (!per.isWord() || per.isCapitalized() || per.gap() != 1 || !Lexeme.endsPhrase(lx, j + 2)
                && lx.get(j + 2).isWord() && !NounPhrase.isStopWord(lx.get(j + 2).lower())) {
            return;
        }
        UnitTable.Match u = units.match(lx, j + 1);
        String denominator;
        if (u != null && u.to() == j + 2) {
            denominator = u.unit().name();
        } else if (phrases.isSingularNoun(per.lower())) {
            denominator = per.lower();
        } else {
            return;
        }
        String counted = EventCounts.isTimes(ex.unit) ? "count" : ex.unit;
        ex.unit = counted + " per " + denominator;
        ex.to = j + 2;
    }
}
