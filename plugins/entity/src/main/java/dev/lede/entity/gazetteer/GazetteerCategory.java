package dev.lede.entity.gazetteer;

/** What a gazetteer phrase is. Each category is one bit in a word's gazetteer mask. */
public enum GazetteerCategory {
    /** Country names and common short forms ("Ukraine", "United Kingdom"). */
    COUNTRY,
    /** First- and second-level administrative divisions. */
    REGION,
    /** Cities and towns of at least 15,000 inhabitants. */
    CITY,
    /** Nationality adjectives and demonyms ("Ukrainian", "Ukrainians"), religious and political groups. */
    NORP,
    /** Male first names. */
    MALE_NAME,
    /** Female first names. */
    FEMALE_NAME,
    /** Titles and offices that precede a person's name ("President", "Secretary General"). */
    TITLE,
    /** Well-known products and weapon systems in the news ("Patriot", "HIMARS"). */
    PRODUCT,
    /** First-level administrative divisions only ("Kerala", "Sichuan", "Texas"); they are also {@link #REGION}. */
    STATE,
    /**
     * Towns and villages of 1,000 to 15,000 inhabitants. Feature only: many are also surnames or common words
     * ("Bath", "Reading"), so the tagger weighs the evidence and no rule pass reads it.
     */
    TOWN,
    /**
     * A given name or surname of a large list of people's names (first and last, many languages). Feature only: the
     * list is broad and noisy (it holds "China" and "Police" too), so the tagger learns how far it helps, and its
     * absence on an unknown capitalised word ("Zomato") counts against a person as much as its presence for one.
     */
    PERSON_NAME;

    /** The categories the rule passes read; the feature-only ones are left out of {@link Gazetteer#categories}. */
    public static final int RULE_CATEGORIES = TOWN.bit() - 1;

    /** Both first-name lists: a word in either is a given name ("Chris", "Maria"). */
    public static final int GIVEN_NAMES = MALE_NAME.bit() | FEMALE_NAME.bit();

    /** Whether a gazetteer mask holds a male or female first name. */
    public static boolean isGivenName(int mask) {
        return (mask & GIVEN_NAMES) != 0;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public boolean in(int mask) {
        return (mask & bit()) != 0;
    }
}
