package dev.lede.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tense of the clause around a time expression from cue words ({@code tense-cues.tsv}: "will", "said",
 * "was", ...) and past participles in -ed: the nearest cue before the expression in its sentence, else the nearest
 * after it. A small cue reader is enough for what tense decides here: whether "Friday" or "April 15" lies before or
 * after the reference date.
 */
final class TenseReader {
    /** How many pieces away a cue may be. */
    private static final int REACH = 10;

    private final Map<String, Tense> cues;

    private TenseReader(Map<String, Tense> cues) {
        this.cues = Map.copyOf(cues);
    }

    static TenseReader load() {
        Map<String, Tense> cues = new HashMap<>();
        for (String[] row : Lexicon.Tsv.rows("tense-cues.tsv")) {
            cues.put(row[0], row[1].equals("future") ? Tense.FUTURE : Tense.PAST);
        }
        return new TenseReader(cues);
    }

    /** The tense of pieces [from, to) within the sentence of pieces [sentenceStart, sentenceEnd). */
    Tense tense(List<Piece> pieces, int from, int to, int sentenceStart, int sentenceEnd) {
        for (int i = from - 1; i >= Math.max(sentenceStart, from - REACH); i--) {
            Tense t = cue(pieces, i);
            if (t != Tense.UNKNOWN) {
                return t;
            }
        }
        for (int i = to; i < Math.min(sentenceEnd, to + REACH); i++) {
            Tense t = cue(pieces, i);
            if (t != Tense.UNKNOWN) {
                return t;
            }
        }
        return Tense.UNKNOWN;
    }

    private Tense cue(List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (!p.isWord()) {
            return Tense.UNKNOWN;
        }
        // "'ll": the apostrophe is its own piece
        if (p.is("ll") && i > 0 && pieces.get(i - 1).is("'") && !p.spaceBefore()) {
            return Tense.FUTURE;
        }
        Tense t = cues.get(p.lower());
        if (t != null) {
            return t;
        }
        String w = p.lower();
        return w.length() >= 5 && w.endsWith("ed") && !p.capitalized() ? Tense.PAST : Tense.UNKNOWN;
    }
}
