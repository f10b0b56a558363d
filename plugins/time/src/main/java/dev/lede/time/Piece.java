package dev.lede.time;

/**
 * The smallest unit the time grammar reads: a run of letters, a run of digits, or one other character. Finer than the
 * text analyzer's tokens, which keep "third-quarter", "2025-04-15" and "8-9am" whole.
 *
 * @param lower       the piece's text in lower case (letters), its digits, or its character
 * @param number      the value of a run of at most nine digits, else -1
 * @param spaceBefore whether white space separates it from the previous piece
 * @param capitalized whether a word starts with an upper-case letter
 * @param word        the lexicon entry of a word, or null
 */
record Piece(int start, int end, Kind kind, String lower, int number, boolean spaceBefore, boolean capitalized,
             Word word) {

    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    int digits() {
        return end - start;
    }
}
