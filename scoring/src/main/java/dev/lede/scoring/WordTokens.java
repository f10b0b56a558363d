package dev.lede.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code \w+} tokens of Python's {@code re} module with Unicode strings, which the reference scorers use: runs
 * of letters (categories L*), numbers (Nd, Nl, No) and underscores. Unlike Java's Unicode {@code \w}, combining
 * marks are not word characters there, so they split tokens here too.
 */
final class WordTokens {
    private WordTokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWord(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    private static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
