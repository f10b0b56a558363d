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
    STATE;

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
