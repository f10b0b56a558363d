package dev.lede.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tense of the clause around a time expression from cue words ({@code tense-cues.tsv}). An auxiliary
 * ("will", "was", "has") decides; other cues ("said", "expects", a past participle in -ed after a name or pronoun)
 * count only when no auxiliary is near. The words before the expression in its sentence are read first, then those
 * after it. A small cue reader is enough for what tense decides here: whether "Friday" or "April 15" lies before or
 * after the reference date ("the dividend will be paid Dec. 14" is ahead, though "paid" alone reads as past).
 */
final class TenseReader {
    /** How many pieces away a cue may be. */
    private static final int REACH = 12;
    private static final Set<String> SUBJECTS = Set.of("he", "she", "it", "they", "we", "i", "you", "who", "which");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "his", "her", "their", "our", "your", "my", "some", "any", "no", "every", "each");
    private static final Set<String> NOT_PAST_BEFORE = Set.of("to", "be", "will", "would", "could", "can", "may",
            "might", "must", "should", "shall");

    private final Map<String, Cue> cues;

    private record Cue(Tense tense, boolean auxiliary) {
    }

    private TenseReader(Map<String, Cue> cues) {
        this.cues = Map.copyOf(cues);
    }

    static TenseReader load() {
        Map<String, Cue> cues = new HashMap<>();
        for (String[] row : Lexicon.Tsv.rows("tense-cues.tsv")) {
            String kind = row[1];
            Tense tense = kind.endsWith("future") ? Tense.FUTURE : kind.endsWith("past") ? Tense.PAST : Tense.UNKNOWN;
            cues.put(row[0], new Cue(tense, kind.startsWith("aux")));
        }
        return new TenseReader(cues);
    }

    /** The tense of pieces [from, to) within the sentence of pieces [sentenceStart, sentenceEnd). */
    Tense tense(List<Piece> pieces, int from, int to, int sentenceStart, int sentenceEnd) {
        Tense before = side(pieces, from - 1, Math.max(sentenceStart, from - REACH) - 1, -1);
        if (before != Tense.UNKNOWN) {
            return before;
        }
        return side(pieces, to, Math.min(sentenceEnd, to + REACH), 1);
    }

    /**
     * The tense the cues on one side give, nearest first: an auxiliary decides ("will be paid" looks ahead, "was
     * paid" back, "is payable" neither), except that a word that looks ahead between it and the expression wins
     * ("has scheduled a conference Thursday").
     */
    private Tense side(List<Piece> pieces, int start, int stop, int step) {
        Tense weak = Tense.UNKNOWN;
        // bounded by comparison, not by equality: an expression that runs past its sentence's last piece (a
        // heading with no full stop) starts the forward scan beyond the stop
        for (int i = start; (step > 0 ? i < stop : i > stop) && i >= 0 && i < pieces.size(); i += step) {
            Cue c = cue(pieces, i);
            if (c == null) {
                continue;
            }
            if (c.auxiliary()) {
                if (c.tense() == Tense.FUTURE || weak == Tense.UNKNOWN) {
                    return c.tense();
                }
                return weak == Tense.FUTURE ? Tense.FUTURE : c.tense() == Tense.UNKNOWN ? weak : c.tense();
            }
            if (weak == Tense.UNKNOWN) {
                weak = c.tense();
            }
        }
        return weak;
    }

    private Cue cue(List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (!p.isWord()) {
            return null;
        }
        // "'ll", "'d": the apostrophe is its own piece
        if (p.is("ll") && i > 0 && pieces.get(i - 1).is("'") && !p.spaceBefore()) {
            return new Cue(Tense.FUTURE, true);
        }
        Cue c = cues.get(p.lower());
        if (c != null && !c.auxiliary() && c.tense() == Tense.PAST && i > 0 && NOT_PAST_BEFORE.contains(
                pieces.get(i - 1).lower())) {
            return null; // "to be completed", "will be paid": a participle after a modal or "to" is no past tense
        }
        if (c != null) {
            return c;
        }
        String w = p.lower();
        if (w.length() >= 5 && w.endsWith("ed") && !p.capitalized() && i > 0) {
            Piece before = pieces.get(i - 1);
            if (before.isWord() && (before.capitalized() && !DETERMINERS.contains(before.lower())
                    || SUBJECTS.contains(before.lower()))) {
                return new Cue(Tense.PAST, false);
            }
        }
        return null;
    }
}
