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
    PRODUCT;

    public int bit() {
        return 1 << ordinal();
    }

    public boolean in(int mask) {
        return (mask & bit()) != 0;
    }
}
