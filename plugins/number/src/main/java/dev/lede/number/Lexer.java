package dev.lede.number;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stretch of text into {@link Lexeme}s. The number grammar does its own character-level scanning rather
 * than relying on the document's tokens, because it must see "1,000.5", "US$4.2bn" or "10km/h" as the parts they
 * are made of whatever the tokenizer did with them.
 */
final class Lexer {

    private Lexer() {
    }

    static List<Lexeme> lex(String text, int from, int to) {
        List<Lexeme> out = new ArrayList<>(Math.max(8, (to - from) / 4));
        int i = from;
        int lastEnd = from;
        boolean first = true;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int s = i;
            Lexeme.Kind kind;
            if (c >= '0' && c <= '9') {
                while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                kind = Lexeme.Kind.DIGITS;
            } else if (Character.isLetter(c)) {
                while (i < to && isWordChar(text.charAt(i))) {
                    i++;
                }
                kind = Lexeme.Kind.WORD;
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < to ? 2 : 1;
                kind = Lexeme.Kind.SYMBOL;
            }
            String t = text.substring(s, i);
            int gap = first ? 1 : s - lastEnd;
            out.add(new Lexeme(s, i, kind, t, kind == Lexeme.Kind.WORD ? t.toLowerCase(java.util.Locale.ROOT) : t, gap));
            lastEnd = i;
            first = false;
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
