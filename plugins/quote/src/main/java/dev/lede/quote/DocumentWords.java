package dev.lede.quote;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The words of a whole document, lexed once; the grammars read windows of it as list views, so no stretch of text
 * is lexed twice however many quotes look at it.
 */
final class DocumentWords {
    private final Word[] words;
    private final int[] starts;

    DocumentWords(String text) {
        this.words = WordLexer.lex(text, 0, text.length()).toArray(new Word[0]);
        this.starts = new int[words.length];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = words[i].start();
        }
    }

    /** A read-only view of {@code words[from, to)}: the grammars index it heavily, so it skips list checks. */
    private static final class Window extends AbstractList<Word> implements RandomAccess {
        private final Word[] words;
        private final int from;
        private final int size;

        Window(Word[] words, int from, int to) {
            this.words = words;
            this.from = from;
            this.size = to - from;
        }

        @Override
        public Word get(int index) {
            return words[from + index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The words lying wholly inside {@code [from, to)}. */
    List<Word> window(int from, int to) {
        int a = lowerBound(from);
        int b = lowerBound(to);
        while (b > a && words[b - 1].end() > to) {
            b--;
        }
        return new Window(words, a, Math.max(a, b));
    }

    private int lowerBound(int offset) {
        return SortedOffsets.lowerBound(starts, offset);
    }
}
