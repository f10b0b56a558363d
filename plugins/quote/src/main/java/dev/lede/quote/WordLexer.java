package dev.lede.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a stretch of text into {@link Word}s for the attribution grammar. The document's TOKENS layer is not used
 * here on purpose: the grammar needs one fixed convention (apostrophes inside words, an abbreviation's full stop
 * attached, "U.S." as one word) whatever tokenizer a deployment runs, and it only ever reads short windows
 * (one sentence or the gap beside a quote), so lexing them again costs little.
 */
final class WordLexer {
    /** Words that end in a full stop which does not end the sentence. */
    static final Set<String> ABBREVIATIONS = Set.copyOf(List.of(
            "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "reps", "sens", "gen", "lt", "col", "sgt", "capt",
            "maj", "adm", "cmdr", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "det", "atty", "gens",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "corp", "co", "ltd", "no", "vs", "etc", "mt", "ft", "ave", "blvd", "dept", "univ", "calif",
            "fla", "ga", "ill", "mass", "mich", "minn", "pa", "tenn", "tex", "va", "wash", "wis", "ariz", "colo",
            "conn", "del", "ind", "kan", "ky", "la", "md", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
            "wyo", "ala", "ark"));

    private WordLexer() {
    }

    static List<Word> lex(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int s = i;
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.') && i + 1 < to
                            && Character.isLetterOrDigit(text.charAt(i + 1)) && (d != '.' || dottedAcronym(text, s, i)
                            || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))
                            || d == ',' && i + 3 < to && Character.isDigit(text.charAt(i - 1))
                            && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 3))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                if (i < to && text.charAt(i) == '.' && attachStop(text, s, i)) {
                    i++;
                }
                out.add(word(text, s, i));
            } else {
                out.add(word(text, i, i + 1));
                i++;
            }
        }
        return out;
    }

    /** "U.S", "D.C": single letters joined by full stops. */
    private static boolean dottedAcronym(String text, int start, int dot) {
        return dot - start == 1 || text.charAt(dot - 2) == '.';
    }

    private static boolean attachStop(String text, int start, int end) {
        if (end - start == 1 && Character.isUpperCase(text.charAt(start))) {
            return true; // an initial: "John F. Kennedy"
        }
        if (text.indexOf('.', start) >= 0 && text.indexOf('.', start) < end) {
            return true; // "U.S."
        }
        return ABBREVIATIONS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static Word word(String text, int s, int e) {
        String t = text.substring(s, e);
        boolean plain = true;
        for (int i = 0; i < t.length() && plain; i++) {
            char c = t.charAt(i);
            plain = !Character.isUpperCase(c) && c != '\u2019';
        }
        if (plain) {
            return new Word(s, e, t, t); // most words: no second string
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return new Word(s, e, t, lower.indexOf('\u2019') < 0 ? lower : lower.replace('\u2019', '\''));
    }
}
