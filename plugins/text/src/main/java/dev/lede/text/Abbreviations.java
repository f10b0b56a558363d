package dev.lede.text;

import java.util.Set;

/**
 * The English abbreviations of news text that keep their period in the token ("Gen.", "Inc.", "U.S.") and how
 * each kind behaves at a possible sentence end. The lists are written by hand from common newswire usage.
 */
final class Abbreviations {

    /** How an abbreviation token relates to sentence ends. */
    enum Kind {
        /** A title before a name ("Gen. Smith"): never ends a sentence. */
        TITLE,
        /** Only an abbreviation before a number ("No. 10", "Art. 5"); before a number it never ends a sentence. */
        BEFORE_NUMBER,
        /**
         * Ends a sentence only when the next word is a typical sentence opener ("Apple Inc. The company ...",
         * "in the U.S. We need ..."), not before a name-like continuation ("U.S. Senate", "Jan. 6").
         * Acronyms (U.S., e.g.) and initials (J.) behave like this.
         */
        MAY_END
    }

    private static final Set<String> TITLES = Set.of(
            "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
            "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Rev", "Hon", "Pres",
            "Supt", "Insp", "Det", "Mme", "Mlle", "Messrs", "Atty", "Amb", "Fr", "Mt", "Ft", "Rt",
            "v"); // "U.S. v. Smith"

    private static final Set<String> BEFORE_NUMBER = Set.of("No", "Nos", "no", "Art", "Fig", "Vol", "Ch", "pp", "p");

    private static final Set<String> MAY_END = Set.of(
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Jr", "Sr", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
            "St", "etc", "vs", "approx", "est", "al", "cf",
            // AP-style U.S. state abbreviations, common in datelines: "PORTLAND, Ore. (AP) -"
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
            "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt",
            "Va", "Wash", "Wis", "Wyo");

    /**
     * Closed-class words (pronouns, determiners, conjunctions, common sentence adverbs) that open a new sentence
     * after an abbreviation; a capitalised content word after "U.S." is far more often a continuation.
     */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "We",
            "They", "I", "You", "His", "Her", "Our", "Their", "My", "Your", "In", "On", "At", "By", "For", "From",
            "With", "To", "But", "And", "Or", "So", "Yet", "If", "When", "While", "As", "After", "Before", "Since",
            "Although", "Though", "Because", "However", "Meanwhile", "Still", "Also", "Some", "Many", "Most",
            "Several", "All", "Both", "Each", "Every", "Other", "Such", "What", "Who", "How", "Why", "Where",
            "Which", "Not", "No", "Last", "Earlier", "Later", "Then", "Now", "Today", "Yesterday", "Instead",
            "Under", "Over", "Despite", "According", "Asked", "Nor", "Neither", "Even", "Only", "Just", "More");

    /** Verbs that attribute a quote; a capitalised name between a closing quote and one of them is no new sentence. */
    private static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "replied",
            "replies", "shouted", "yelled", "continued", "explained", "insisted", "declared", "noted", "stated",
            "argued", "recalled", "warned", "tweeted", "posted", "exclaimed", "wondered", "quipped", "cried",
            "demanded", "countered", "responded", "concluded", "urged");

    private Abbreviations() {
    }

    /** The kind of the abbreviation {@code word} (without its period), or null when it is not one. */
    static Kind kindOf(String word) {
        if (TITLES.contains(word)) {
            return Kind.TITLE;
        }
        if (MAY_END.contains(word)) {
            return Kind.MAY_END;
        }
        if (BEFORE_NUMBER.contains(word)) {
            return Kind.BEFORE_NUMBER;
        }
        if (word.length() >= 2 && word.chars().allMatch(Character::isUpperCase)) {
            // all-capital datelines and headlines: "ST. LOUIS -", "FT. MYERS, Fla."
            String titleCase = word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
            if (TITLES.contains(titleCase)) {
                return Kind.TITLE;
            }
            if (MAY_END.contains(titleCase)) {
                return Kind.MAY_END;
            }
        }
        return null;
    }

    static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word);
    }

    static boolean isSentenceOpener(String word) {
        return SENTENCE_OPENERS.contains(word);
    }
}
