package dev.lede.quote;

import dev.lede.annotation.Paragraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the spans of text in quotation marks, in one left-to-right pass per mark family: curly, straight, low-9 and
 * doubled-apostrophe double quotes; guillemets; single quotes used as quotation marks (but not apostrophes:
 * "Ukraine's", "'90s", "rock 'n' roll"). A quote left open at the end of a paragraph continues when the next
 * paragraph opens with a quotation mark (the news convention for long quotes). Quotes nested in another are
 * dropped: only the outermost ones are returned, in text order.
 */
final class QuoteMarkScanner {
    private static final Set<String> ELISIONS = Set.copyOf(List.of("n", "em", "til", "tis", "twas", "cause", "bout", "round",
            "s", "d", "ll", "re", "ve", "t", "nuff", "cos", "ol"));

    private enum Kind { NONE, OPEN, CLOSE }

    private record Mark(Kind kind, int length, char ch) {
        static final Mark NONE = new Mark(Kind.NONE, 0, ' ');
    }

    List<MarkedQuote> scan(String text, List<Paragraph> paragraphs) {
        List<Paragraph> paras = paragraphs.isEmpty() ? List.of(new Paragraph(0, text.length())) : paragraphs;
        List<MarkedQuote> doubles = scanDoubles(text, paras);
        List<MarkedQuote> singles = scanSingles(text, paras, doubles);
        List<MarkedQuote> all = new ArrayList<>(doubles);
        all.addAll(singles);
        all.sort(Comparator.comparingInt(MarkedQuote::open).thenComparing(q -> -q.close()));
        List<MarkedQuote> outer = new ArrayList<>();
        int reach = -1;
        for (MarkedQuote q : all) {
            if (q.open() >= reach) {
                outer.add(q);
                reach = q.close();
            }
        }
        return outer;
    }

    // ------------------------------------------------------------------ double quotes

    private List<MarkedQuote> scanDoubles(String text, List<Paragraph> paras) {
        List<MarkedQuote> out = new ArrayList<>();
        int openAt = -1;
        int openLen = 0;
        char openChar = ' ';
        int lastParaEnd = 0;
        for (Paragraph p : paras) {
            int i = p.start();
            while (i < p.end() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (openAt >= 0) {
                Mark m = doubleMark(text, i, p.end(), true);
                if (m.kind() == Kind.OPEN) {
                    i += m.length(); // continuation of a quote from the previous paragraph
                } else {
                    out.add(new MarkedQuote(openAt, openAt + openLen, lastParaEnd, lastParaEnd, false));
                    openAt = -1;
                }
            }
            while (i < p.end()) {
                char ch = text.charAt(i);
                if (ch < 128 && ch != '"' && ch != '\'' && ch != '`') {
                    i++; // fast path: plain ASCII is never a double mark
                    continue;
                }
                Mark m = doubleMark(text, i, p.end(), openAt >= 0);
                if (m.kind() == Kind.OPEN && openAt >= 0 && openChar == '\u201e' && m.ch() == '\u201c') {
                    m = new Mark(Kind.CLOSE, 1, m.ch()); // „...“
                }
                if (m.kind() == Kind.OPEN) {
                    if (openAt >= 0) {
                        out.add(new MarkedQuote(openAt, openAt + openLen, i, i, false));
                    }
                    openAt = i;
                    openLen = m.length();
                    openChar = m.ch();
                } else if (m.kind() == Kind.CLOSE && openAt >= 0) {
                    out.add(new MarkedQuote(openAt, openAt + openLen, i, i + m.length(), true));
                    openAt = -1;
                }
                i += Math.max(1, m.length());
            }
            lastParaEnd = trimEnd(text, p.start(), p.end());
        }
        if (openAt >= 0) {
            out.add(new MarkedQuote(openAt, openAt + openLen, lastParaEnd, lastParaEnd, false));
        }
        return out;
    }

    private static Mark doubleMark(String text, int i, int end, boolean isOpen) {
        if (i >= end) {
            return Mark.NONE;
        }
        char c = text.charAt(i);
        switch (c) {
            case '\u201c': // “
                return !spaceBefore(text, i) && spaceAfter(text, i + 1, end) ? new Mark(Kind.CLOSE, 1, c) : new Mark(Kind.OPEN, 1, c);
            case '\u201d': // ” (sometimes typed as an opening mark)
                return spaceBefore(text, i) && !spaceAfter(text, i + 1, end) && !isOpen ? new Mark(Kind.OPEN, 1, c) : new Mark(Kind.CLOSE, 1, c);
            case '\u201e':
            case '\u201f':
            case '\u00ab':
                return new Mark(Kind.OPEN, 1, c);
            case '\u00bb':
                return new Mark(Kind.CLOSE, 1, c);
            case '"':
                return straight(text, i, 1, end, isOpen, c);
            case '\'':
                if (i + 1 < end && text.charAt(i + 1) == '\'') {
                    return straight(text, i, 2, end, isOpen, c);
                }
                return Mark.NONE;
            case '`':
                if (i + 1 < end && text.charAt(i + 1) == '`') {
                    return new Mark(Kind.OPEN, 2, c);
                }
                return Mark.NONE;
            default:
                return Mark.NONE;
        }
    }

    /** A straight mark is opening or closing by what stands on each side, else by the current state. */
    private static Mark straight(String text, int i, int len, int end, boolean isOpen, char c) {
        boolean before = spaceBefore(text, i);
        boolean after = spaceAfter(text, i + len, end);
        if (before && !after) {
            return new Mark(Kind.OPEN, len, c);
        }
        if (!before && after) {
            return new Mark(Kind.CLOSE, len, c);
        }
        return new Mark(isOpen ? Kind.CLOSE : Kind.OPEN, len, c);
    }

    /** Start of text, white space or an opening bracket or dash before {@code i}. */
    private static boolean spaceBefore(String text, int i) {
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || "([{\u2014\u2013/\u2015".indexOf(p) >= 0;
    }

    /** End, white space or closing punctuation at {@code i}. */
    private static boolean spaceAfter(String text, int i, int end) {
        if (i >= end) {
            return true;
        }
        char n = text.charAt(i);
        return Character.isWhitespace(n) || ".,;:!?)]}\u2014\u2013\u2015-\u2026".indexOf(n) >= 0;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    // ------------------------------------------------------------------ single quotes

    private List<MarkedQuote> scanSingles(String text, List<Paragraph> paras, List<MarkedQuote> doubles) {
        List<MarkedQuote> out = new ArrayList<>();
        int d = 0;
        for (Paragraph p : paras) {
            int pending = -1;
            for (int i = p.start(); i < p.end(); i++) {
                char c = text.charAt(i);
                if (c < 128 ? c != '\'' : c != '\u2018' && c != '\u2019' && c != '\u2039' && c != '\u203a' && c != '\u201b') {
                    continue;
                }
                while (d < doubles.size() && doubles.get(d).close() <= i) {
                    d++;
                }
                boolean inDouble = d < doubles.size() && doubles.get(d).open() <= i;
                if (inDouble) {
                    continue; // nested in a double quote: part of its content
                }
                if (c == '\'' && ((i + 1 < p.end() && text.charAt(i + 1) == '\'') || (i > p.start() && text.charAt(i - 1) == '\''))) {
                    continue; // doubled apostrophes are a double mark
                }
                if (isSingleOpen(text, i, p.end())) {
                    pending = i;
                } else if (pending >= 0 && isSingleClose(text, i, p.end())) {
                    out.add(new MarkedQuote(pending, pending + 1, i, i + 1, true));
                    pending = -1;
                }
            }
        }
        return out;
    }

    private static boolean isSingleOpen(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '\u203a' || !spaceBefore(text, i) && !(i > 0 && text.charAt(i - 1) == ':') || i + 1 >= end) {
            return false;
        }
        if (c == '\u2039') {
            return true;
        }
        char n = text.charAt(i + 1);
        if (!Character.isLetterOrDigit(n)) {
            return false;
        }
        int j = i + 1;
        while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        String next = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
        if (ELISIONS.contains(next) || decade(next)) {
            return false; // 'n', 'em, '90s
        }
        return true;
    }

    /** "90", "90s": a decade or year written with an apostrophe ("'90s"). */
    private static boolean decade(String w) {
        return (w.length() == 2 || w.length() == 3 && w.charAt(2) == 's')
                && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(1));
    }

    private static boolean isSingleClose(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '\u2039' || c == '\u2018' || i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        if (c == '\u203a') {
            return true;
        }
        if (!spaceAfter(text, i + 1, end) && !(i + 1 < end && "\"\u201d".indexOf(text.charAt(i + 1)) >= 0)) {
            return false; // an apostrophe inside a word
        }
        char p = text.charAt(i - 1);
        if ((p == 's' || p == 'S') && i + 2 < end && Character.isWhitespace(text.charAt(i + 1))
                && Character.isLetter(text.charAt(i + 2))) {
            return false; // "the leaders' summit": plural possessive
        }
        return true;
    }
}
