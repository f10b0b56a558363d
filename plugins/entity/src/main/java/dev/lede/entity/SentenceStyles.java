package dev.lede.entity;

import dev.lede.entity.model.Words;

/**
 * How each sentence of an article is written: mostly in capitals (a wire headline) or in Title Case. Computed once
 * per article in one pass over the words, because the rules ask it for every word and name, and asking the
 * sentence each time made a long sentence (a table, a list, text without full stops) cost the square of its length.
 */
final class SentenceStyles {
    private final Words words;
    /** Indexed by the sentence's first word; false elsewhere. */
    private final boolean[] capitals;
    private final boolean[] titleCase;

    private SentenceStyles(Words words, boolean[] capitals, boolean[] titleCase) {
        this.words = words;
        this.capitals = capitals;
        this.titleCase = titleCase;
    }

    static SentenceStyles of(Words words) {
        int n = words.size();
        boolean[] capitals = new boolean[n];
        boolean[] titleCase = new boolean[n];
        int from = 0;
        while (from < n) {
            int to = words.sentenceEnd()[from];
            int letters = 0;
            int capitalised = 0;
            int caps = 0;
            int longCaps = 0; // Title Case allows a few words in capitals of two letters or more ("NATO", not "A")
            boolean functionWord = false;
            for (int k = from; k < to; k++) {
                String w = words.word(k);
                if (k > from && NameLexicon.TITLE_CASE_FUNCTION_WORDS.contains(w)) {
                    functionWord = true;
                }
                if (Character.isLetter(w.charAt(0))) {
                    letters++;
                    if (NameLexicon.isAllCaps(w)) {
                        caps++;
                        longCaps += w.length() > 1 ? 1 : 0;
                    }
                    if (Character.isUpperCase(w.charAt(0))) {
                        capitalised++;
                    }
                }
            }
            capitals[from] = letters > 1 && caps * 2 > letters;
            titleCase[from] = functionWord && letters >= 4 && capitalised * 10 >= letters * 8 && longCaps * 2 < letters;
            from = Math.max(to, from + 1);
        }
        return new SentenceStyles(words, capitals, titleCase);
    }

    /** Whether most words of the sentence of word {@code i} are in capitals. */
    boolean inCapitals(int i) {
        return capitals[words.sentenceStart()[i]];
    }

    /**
     * Whether word i is in a Title Case line: at least four words, nearly all capitalised, not all capitals, with a
     * capitalised function word inside ("In", "As", "To": lists of names and sports tables have none).
     */
    boolean inTitleCase(int i) {
        return titleCase[words.sentenceStart()[i]];
    }
}
