package dev.lede.entity.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the whole article says about a word's capitalisation: whether it also appears in lower case ("Sumy" never
 * does, "Patriot" might, "The" does), and whether it appears capitalised in the middle of a sentence. Helps
 * words whose capital says nothing: at the start of a sentence or in a capitalised headline.
 *
 * @param lowerCase          words seen starting with a lower-case letter, lower-cased
 * @param capitalisedInside  words seen capitalised but not first in their sentence, lower-cased
 */
public record DocumentContext(Set<String> lowerCase, Set<String> capitalisedInside) {
    public static final DocumentContext EMPTY = new DocumentContext(Set.of(), Set.of());

    /** The context of one or more word sequences making up one document. */
    public static DocumentContext of(List<Words> parts) {
        Set<String> lower = new HashSet<>();
        Set<String> capitalised = new HashSet<>();
        for (Words words : parts) {
            for (int i = 0; i < words.size(); i++) {
                String w = words.word(i);
                char c = w.charAt(0);
                if (Character.isLowerCase(c)) {
                    lower.add(w);
                } else if (Character.isUpperCase(c) && words.sentenceStart()[i] != i
                        && !(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)))) {
                    capitalised.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new DocumentContext(lower, capitalised);
    }

    public static DocumentContext of(Words words) {
        return of(List.of(words));
    }
}
