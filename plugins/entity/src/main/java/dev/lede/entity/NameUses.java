package dev.lede.entity;

import dev.lede.entity.model.Words;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Two facts about how an article uses words, gathered in one pass so that rules asking them per name stay linear in
 * the article's length: which words stand alone (not after a capitalised word: "Stevens said", not "Ann Stevens")
 * and which follow a locative preposition ("in Georgia", but not "from Georgia's hard work").
 */
final class NameUses {
    /** Prepositions that, unlike "to" or "of", are never followed by a person's name. */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "from", "near", "into", "outside", "across",
            "throughout");

    private final Set<String> alone;
    private final Set<String> afterLocative;

    private NameUses(Set<String> alone, Set<String> afterLocative) {
        this.alone = alone;
        this.afterLocative = afterLocative;
    }

    static NameUses of(Words words) {
        Set<String> alone = new HashSet<>();
        Set<String> locative = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.word(i);
            String previous = i > 0 ? words.word(i - 1) : "";
            if (previous.isEmpty() || !Character.isUpperCase(previous.charAt(0))) {
                alone.add(word);
            }
            if (LOCATIVES.contains(previous.toLowerCase(Locale.ROOT))
                    && !(i + 1 < words.size() && NameLexicon.isPossessive(words.word(i + 1)))) {
                locative.add(word);
            }
        }
        return new NameUses(alone, locative);
    }

    /** Whether the article uses the word without a capitalised word right before it. */
    boolean standsAlone(String word) {
        return alone.contains(word);
    }

    /** Whether the article uses the word right after "in", "at", "from", ... (and not as a possessor). */
    boolean afterLocative(String word) {
        return afterLocative.contains(word);
    }
}
