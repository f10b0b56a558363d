package dev.lede.geo;

/**
 * The features the ranker weighs for one (name, candidate place) pair. The order is the order of the weights in
 * {@code ranking-weights.properties}; names are the property keys.
 */
enum Feature {
    /** A country or dependent territory. */
    COUNTRY,
    /** A continent, region, sea or similar area from the curated table. */
    REGION,
    /** A national capital. */
    CAPITAL,
    /** A first-level division (state, province, oblast). */
    ADMIN1,
    /** The seat of a first-level division. */
    ADMIN1_SEAT,
    /** The seat of a lower division. */
    LOWER_SEAT,
    /** A second-level division (county, district). */
    ADMIN2,
    /** A division that shares its name with its own seat ("Sumy" the oblast vs Sumy the city). */
    DIVISION_NAMED_LIKE_SEAT,
    /** log10(population + 1) / 7 for towns, cities and countries. */
    POPULATION,
    /** The name as written is the place's GeoNames name (accents and case aside). */
    OFFICIAL_NAME,
    /** The name matches the ASCII spelling only. */
    ASCII_NAME,
    /** The name matches only an alternate name. */
    ALTERNATE_NAME,
    /** Share of the article's country evidence that points to the candidate's country. */
    ANCHOR_COUNTRY,
    /** The candidate lies in a first-level division the article names. */
    ANCHOR_ADMIN1,
    /** Closeness to the other places of the article: exp(-km / 500) to the nearest. */
    NEAR_ANCHOR,
    /** The text qualifies the name with the candidate's division or country ("Paris, Texas"). */
    QUALIFIED,
    /** The candidate is in the country of the dateline or of the publication. */
    DATELINE_COUNTRY,
    /**
     * The candidate is a first-level division and the article names another division of the same country
     * ("Quebec and Ontario"): names of the same rank go together, which outweighs a seat of the same name. Not
     * for a division named like a capital or a city of a million ("Washington", "New York").
     */
    SIBLING_DIVISION,
    /**
     * The candidate is a first-level division and the text uses the name as one: a direction before it ("central
     * Washington"), a state office after it ("New York Gov. Andrew Cuomo"), or it follows a town and a comma ("Bronx,
     * New York"). Set by hand, like {@link #QUALIFIED}.
     */
    USED_AS_DIVISION,
    /**
     * The candidate is a division with fewer people than a town of the same name elsewhere ("Manchester" the
     * Jamaican parish of 60,000 against the English city of 400,000): news means the bigger place. Set by hand.
     */
    SMALLER_THAN_NAMESAKE_TOWN,
    /**
     * Share of the article's other places (towns, counties, divisions; weighted by confidence) that lie in the
     * candidate's first-level division: local news names many places of one state, so "Lebanon" among Mason,
     * Springboro and Warren County is the Ohio town.
     */
    ADMIN1_COHERENCE,
    /** The candidate lies in the first-level division of the dateline ("ATHENS, Ga. -"). */
    DATELINE_ADMIN1,
    /**
     * The candidate is a town and the text treats the name as one: "the city of Turkey", "town of Lebanon",
     * "Paris City Council", "the Athens mayor". Tells a town from the country or state of the same name.
     */
    TOWN_CONTEXT,
    /**
     * How many of the article's other names have some place in the candidate's first-level division, each name
     * weighted by 1 / (number of divisions its places lie in): see {@link CandidateDivisions}. Unlike
     * {@link #ADMIN1_COHERENCE} it does not depend on what the ranker chose for the other names.
     */
    SHARED_DIVISION,
    /**
     * The candidate is a country none of the article's other places lies in, though they lie somewhere: "Lebanon"
     * or "Palestine" among the towns of one American state may be a town there.
     */
    FOREIGN_COUNTRY,
    /**
     * The candidate lies in the area of the newspaper, as its web address names it ("amarillo.com": within 100 km of
     * Amarillo; "eastoregonian.com": in Oregon). See {@link PublicationPlaces}.
     */
    PUBLICATION_AREA
}
