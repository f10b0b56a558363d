package dev.lede.text;

/**
 * Character classes the tokenizer and splitters share. Hand-written over {@link Character} because the
 * tokenizer's hot loop must not allocate or go through regex/ICU break iterators (see {@link Tokenizer}).
 */
final class TextChars {
    private TextChars() {
    }

    /**
     * Whitespace in the widest sense: ASCII blanks and controls, NBSP and every Unicode space separator, line and
     * paragraph separators, and invisible format characters (zero-width space, BOM, direction marks, soft hyphen)
     * when they stand between tokens.
     */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0xA0) {
            return true; // DEL, C1 controls (incl. NEL) and NBSP
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT || type == Character.CONTROL;
    }

    /** A line break: LF, CR, NEL, vertical tab, form feed, U+2028 or U+2029. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x0B || c == 0x0C || c == 0x2028 || c == 0x2029;
    }

    /** Letters, digits, other numerals (½, ², Ⅻ) and combining marks: what words are made of. */
    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER;
    }

    static boolean isWordCharAt(String text, int i) {
        return i >= 0 && i < text.length() && isWordChar(text.codePointAt(i));
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Hyphens that join the parts of a word (well-known, 43-year-old): hyphen-minus, U+2010, U+2011. */
    static boolean isJoiningHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Quote marks and brackets that can only close: they stay with the sentence they end. */
    static boolean isClosingOnly(char c) {
        return c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u203A' || c == ')' || c == ']' || c == '}';
    }

    /** Quote marks that may close when written right after the sentence end with no space: {@code " '}. */
    static boolean isAmbiguousQuote(char c) {
        return c == '"' || c == '\'';
    }

    /** Quote marks and brackets that open: a sentence may start with them. */
    static boolean isOpening(char c) {
        return c == '\u201C' || c == '\u2018' || c == '"' || c == '\'' || c == '\u00AB' || c == '\u201E'
                || c == '\u201A' || c == '\u2039' || c == '(' || c == '[' || c == '{';
    }

    /** Curly or guillemet opening quotes: after an abbreviation they almost always start a new sentence. */
    static boolean isTypographicOpeningQuote(char c) {
        return c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\u201E';
    }

    /**
     * Emoji bases by block: the astral pictographic blocks (U+1F000..U+1FAFF) and the BMP symbol blocks that
     * hold emoji (misc technical, misc symbols, dingbats, misc symbols and arrows). Java 17 has no
     * {@code Character.isEmoji}; this range test is cheap and good enough to keep an emoji one token.
     */
    static boolean isEmojiBase(int cp) {
        if (cp >= 0x1F000 && cp <= 0x1FAFF) {
            return true;
        }
        return ((cp >= 0x2300 && cp <= 0x23FF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF))
                && Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    /** Code points that modify the emoji before them: variation selectors, skin tones, keycap, tag characters. */
    static boolean isEmojiModifier(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** A character that starts a sentence after a full stop: a capital or uncased letter, a digit, an opener. */
    static boolean startsSentence(String text, int i) {
        char c = text.charAt(i);
        if (isOpening(c)) {
            return true;
        }
        int cp = text.codePointAt(i);
        if (Character.isDigit(cp)) {
            return true;
        }
        if (Character.isLetter(cp)) {
            return !Character.isLowerCase(cp);
        }
        return Character.getType(cp) == Character.CURRENCY_SYMBOL;
    }
}
