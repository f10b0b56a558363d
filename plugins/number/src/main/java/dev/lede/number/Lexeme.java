package dev.lede.number;

/**
 * A piece of text as the number grammar sees it: a run of letters, a run of digits, or one other character.
 * {@code gap} is the number of characters between the previous lexeme and this one (0 = glued to it).
 */
record Lexeme(int start, int end, Kind kind, String text, String lower, int gap) {

    enum Kind { WORD, DIGITS, SYMBOL }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isDigits() {
        return kind == Kind.DIGITS;
    }

    boolean is(char c) {
        return kind == Kind.SYMBOL && text.charAt(0) == c;
    }

    boolean glued() {
        return gap == 0;
    }

    boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }
}
