package dev.lede.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rule passes that run after the tagger, in the order {@link DocumentConsistency} applies them. Each can be
 * switched off or on with {@code --set entity.passes=-name,+name} ({@link EntityOptions}); {@code scripts/entity/ablate.sh}
 * measures what each one is worth on the development sets. The tagger itself is not a pass.
 */
public enum EntityPass {
    /** Strips punctuation, "The" and trailing function words at a name's edges; drops "pro-Beijing", "Warhol-like". */
    TRIM("trim", true),
    /** Strips titles before a person's name ("President", "Energy Secretary") and after a place ("Los Angeles Sheriff"). */
    TITLES("titles", false),
    /** Word lists and name heads fix types ("Patriot" is MISC, "... Sea" a place, "Russian" NORP). */
    LEXICON_TYPES("lexiconTypes", true),
    /** "Claudia Mo of the Civic Party": a person and an organisation, not one name. */
    SPLIT_PERSON_OF("splitPersonOf", false),
    /** "NATO Secretary General Mark Rutte": the title in the middle splits the name. */
    SPLIT_AT_TITLE("splitAtTitle", false),
    /** A one-word name at a sentence start that the article writes in lower case elsewhere is no name. */
    SENTENCE_START_WORDS("sentenceStartWords", false),
    /** The all-capital town of a dateline is a place ("ABERDEEN, Scotland"). */
    DATELINES("datelines", true),
    /** "University" + "of" + "Portsmouth" is one name. */
    JOIN_OF_NAMES("joinOfNames", true),
    /** In a Title Case headline a name is kept only as far as the article or the gazetteer backs it. */
    HEADLINE("headline", false),
    /** Splits run-together names ("Refugee Council Enver Solomon", "Twitter / Barack Obama"). */
    MERGED_NAMES("mergedNames", false),
    /** Every occurrence of a name string takes the type most of its occurrences were tagged with. */
    DOCUMENT_VOTE("documentVote", true),
    /** Telling contexts (appositives, addresses, "in X", "X Ltd") add votes to the article-wide type vote. */
    CONTEXT_VOTES("contextVotes", true),
    /** A one-word "person" a full person name belongs to is a party or company ("Nathan Law of Demosisto"). */
    AFFILIATIONS("affiliations", false),
    /** A surname or given name alone, of a person the article names in full, is that person. */
    NAME_PARTS("nameParts", false),
    /** "Greek" + "Orthodox Church", "Internet Explorer" + "6": heads and edition numbers join the name. */
    HEADS_AND_NUMBERS("headsAndNumbers", true),
    /** Untagged repeats of names tagged elsewhere in the article, and untagged surnames of named people. */
    REPEATS("repeats", true),
    /**
     * Listed products the tagger left untagged. On by default for the seed article ("Patriot systems"), where every
     * gold entity must be found; on the four development sets it adds 0 to 0.04 points.
     */
    PRODUCTS("products", true),
    /** Nationality and group words the tagger left untagged. */
    NATIONALITIES("nationalities", true),
    /** "IE6" after "Internet Explorer", "WHO" after "World Health Organization". */
    INITIALISMS("initialisms", true),
    /** "#IStandWithNora" as MISC. */
    HASHTAGS("hashtags", true),
    /** "the town of Yeoncheon": the noun before "of" says it is a place. */
    SETTLEMENTS("settlements", false),
    /**
     * An unknown all-capital word in running text is an organisation ("KCNA"). On by default for the seed article;
     * it costs CoNLL dev 0.14 points and the worldwide news 0.10, under the 0.3 a pass may cost.
     */
    ACRONYMS("acronyms", true),
    /** "Douglas & Lomason", "C. Lewis", "Hong Kong Open", "Acme Inc.", "Elizabeth II". */
    ADJACENT_JOINS("adjacentJoins", true),
    /** Brand names used as common nouns ("100 Polaroids") are no person. */
    BRAND_PLURALS("brandPlurals", true),
    /**
     * A name the gazetteer lists as a country or first-level division is never a person on its own. Runs by default
     * as a guarantee (issue 12), not for its few hundredths of a point either way on the development sets.
     */
    PLACES_NOT_PERSONS("placesNotPersons", true);

    private static final Map<String, EntityPass> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toMap(p -> p.key.toLowerCase(Locale.ROOT), Function.identity()));

    private final String key;
    private final boolean onByDefault;

    /**
     * @param onByDefault whether the pass runs unless switched off: a pass runs by default only when
     *                    {@code scripts/entity/ablate.sh} shows it helping on at least two of the four development
     *                    sets and hurting none by more than 0.3 points (exceptions are said at the constant)
     */
    EntityPass(String key, boolean onByDefault) {
        this.key = key;
        this.onByDefault = onByDefault;
    }

    /** Whether the pass runs when {@code entity.passes} does not mention it. */
    public boolean onByDefault() {
        return onByDefault;
    }

    /** The name used in {@code entity.passes}. */
    public String key() {
        return key;
    }

    /** The pass with this name (case ignored), or null. */
    static EntityPass byKey(String key) {
        return BY_KEY.get(key.toLowerCase(Locale.ROOT));
    }
}
