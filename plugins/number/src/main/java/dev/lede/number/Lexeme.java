package dev.lede.number;

/**
 * A piece of text as the number grammar sees it: a run of letters, a run of digits, or one other character.
 * {@code gap} is the number of characters between the previous lexeme and this one (0 = glued to it).
 */
record Lexeme(int start, int end, Kind kind, String text, String lower, int gap) {

    enum Kind { WORD, DIGITS, SYMBOL }

    /** True at the end of the lexemes or at punctuation (not "$"): where a phrase such as "10 k" ends. */
    static boolean endsPhrase(java.util.List<Lexeme> lx, int k) {
        return k >= lx.size() || (lx.get(k).kind() == Kind.SYMBOL && !lx.get(k).is('$'));
    }

    /** True at the end of the lexemes, at punctuation or before a space: "kb/s" ends at "s" in "40 kb/s." */
    static boolean endsPhraseOrWordBoundary(java.util.List<Lexeme> lx, int k) {
        return endsPhrase(lx, k) || lx.get(k).gap() > 0;
    }

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

    /** A word with a capital anywhere: "Apollo", "iPhone", "NATO". */
    boolean isCapitalized() {
        if (kind != Kind.WORD) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
