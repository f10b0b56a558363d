package dev.lede.quote;

import java.util.List;

/**
 * The words of a whole document, lexed once; the grammars read windows of it as list views, so no stretch of text
 * is lexed twice however many quotes look at it.
 */
final class DocumentWords {
    private final List<Word> words;
    private final int[] starts;

    DocumentWords(String text) {
        this.words = WordLexer.lex(text, 0, text.length());
        this.starts = new int[words.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = words.get(i).start();
        }
    }

    /** The words lying wholly inside {@code [from, to)}. */
    List<Word> window(int from, int to) {
        int a = lowerBound(from);
        int b = lowerBound(to);
        while (b > a && words.get(b - 1).end() > to) {
            b--;
        }
        return words.subList(a, Math.max(a, b));
    }

    private int lowerBound(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
