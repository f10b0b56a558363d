package dev.lede.quote;

import dev.lede.annotation.Paragraph;
import dev.lede.annotation.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentences for attribution: the SENTENCES layer cut at paragraph breaks, with the breaks dropped that would split
 * one reporting sentence: a break inside a quotation ("... the U.S. We need ...," he said), after an
 * abbreviation or initial ("Mr. Obama"), or before a lower-case word. Quote attribution depends on whole
 * sentences, so this repair keeps it independent of how careful the sentence splitter is.
 */
final class SentenceUnits {
    private SentenceUnits() {
    }

    static List<Unit> build(String text, List<Sentence> sentences, List<Paragraph> paragraphs, List<MarkedQuote> marks) {
        List<Paragraph> paras = paragraphs.isEmpty() ? List.of(new Paragraph(0, text.length())) : paragraphs;
        List<Unit> out = new ArrayList<>();
        int s = 0;
        int m = 0;
        for (int pi = 0; pi < paras.size(); pi++) {
            Paragraph p = paras.get(pi);
            int unitStart = skipSpace(text, p.start(), p.end());
            while (s < sentences.size() && sentences.get(s).end() <= p.start()) {
                s++;
            }
            while (s < sentences.size() && sentences.get(s).end() < p.end()) {
                int cut = sentences.get(s).end();
                s++;
                cut = extendOverClosers(text, cut, p.end());
                while (m < marks.size() && marks.get(m).close() <= cut) {
                    m++;
                }
                boolean insideQuote = m < marks.size() && marks.get(m).open() < cut && cut < marks.get(m).close();
                if (cut <= unitStart || insideQuote || !realBreak(text, unitStart, cut, p.end())) {
                    continue;
                }
                out.add(new Unit(unitStart, cut, pi));
                unitStart = skipSpace(text, cut, p.end());
            }
            int end = trimEnd(text, unitStart, p.end());
            if (end > unitStart) {
                out.add(new Unit(unitStart, end, pi));
            }
        }
        return splitAfterClosedSentences(text, out, marks);
    }

    /**
     * A quotation that ends its sentence inside the marks ("... even for him.” She says ...") ends the unit,
     * whatever the sentence splitter decided.
     */
    private static List<Unit> splitAfterClosedSentences(String text, List<Unit> units, List<MarkedQuote> marks) {
        List<Unit> out = new ArrayList<>(units.size());
        int m = 0;
        for (Unit u : units) {
            int start = u.start();
            while (m < marks.size() && marks.get(m).close() <= start) {
                m++;
            }
            for (; m < marks.size() && marks.get(m).close() < u.end(); m++) {
                MarkedQuote q = marks.get(m);
                int last = q.contentEnd() - 1;
                if (!q.closed() || q.open() < start || last < q.contentStart() || ".!?".indexOf(text.charAt(last)) < 0) {
                    continue;
                }
                int next = skipSpace(text, q.close(), u.end());
                if (next > q.close() && next < u.end() && Character.isUpperCase(text.charAt(next))) {
                    out.add(new Unit(start, q.close(), u.paragraph()));
                    start = next;
                }
            }
            out.add(new Unit(start, u.end(), u.paragraph()));
        }
        return out;
    }

    private static boolean realBreak(String text, int unitStart, int cut, int paraEnd) {
        int last = cut - 1;
        while (last > unitStart && "\"'\u201d\u2019)]".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        char c = text.charAt(last);
        if (c != '.' && c != '!' && c != '?' && c != ':' && c != ';') {
            return c == '\u2026';
        }
        if (c == ':' || c == ';') {
            return false;
        }
        if (c == '.') {
            int w = last;
            while (w > unitStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
                w--;
            }
            String word = text.substring(w, last).toLowerCase(Locale.ROOT);
            if (word.length() == 1 && Character.isUpperCase(text.charAt(w)) || word.contains(".") && word.length() <= 4
                    || WordLexer.ABBREVIATIONS.contains(word)) {
                // "John F. Kennedy", "U.S", "Mr.": but "... in the U.S. The ..." really ends; look at what follows
                int n = skipSpace(text, cut, paraEnd);
                if (!word.contains(".") || n >= paraEnd || !startsSentence(text, n)) {
                    return false;
                }
            }
        }
        int n = skipSpace(text, cut, paraEnd);
        if (n == cut && n < paraEnd && Character.isDigit(text.charAt(n))) {
            return false; // "14.5"
        }
        return n >= paraEnd || !Character.isLowerCase(text.charAt(n));
    }

    private static boolean startsSentence(String text, int n) {
        int e = n;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String w = text.substring(n, e);
        return switch (w) {
            case "The", "We", "I", "He", "She", "They", "It", "In", "But", "And", "This", "That", "A", "There" -> true;
            default -> false;
        };
    }

    private static int extendOverClosers(String text, int cut, int end) {
        while (cut < end && "\"'\u201d\u2019)]".indexOf(text.charAt(cut)) >= 0) {
            cut++;
        }
        return cut;
    }

    static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
