package dev.lede.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rule passes that run after the tagger, in the order {@link DocumentConsistency} applies them. Each can be
 * switched off with {@code --set entity.passes=-name,-name} ({@link EntityOptions}); {@code scripts/entity/ablate.sh}
 * measures what each one is worth on the development sets. The tagger itself is not a pass.
 */
public enum EntityPass {
    /** Strips titles, "The" and punctuation at a name's edges; word lists fix a few types ("Patriot" is MISC). */
    TRIM("trim"),
    /** "Claudia Mo of the Civic Party": a person and an organisation, not one name. */
    SPLIT_PERSON_OF("splitPersonOf"),
    /** "NATO Secretary General Mark Rutte": the title in the middle splits the name. */
    SPLIT_AT_TITLE("splitAtTitle"),
    /** A one-word name at a sentence start that the article writes in lower case elsewhere is no name. */
    SENTENCE_START_WORDS("sentenceStartWords"),
    /** The all-capital town of a dateline is a place ("ABERDEEN, Scotland"). */
    DATELINES("datelines"),
    /** "University" + "of" + "Portsmouth" is one name. */
    JOIN_OF_NAMES("joinOfNames"),
    /** In a Title Case headline a name is kept only as far as the article or the gazetteer backs it. */
    HEADLINE("headline"),
    /** Splits run-together names ("Refugee Council Enver Solomon", "Twitter / Barack Obama"). */
    MERGED_NAMES("mergedNames"),
    /** Every occurrence of a name string takes the type most of its occurrences were tagged with. */
    DOCUMENT_VOTE("documentVote"),
    /** Telling contexts (appositives, addresses, "in X", "X Ltd") add votes to the article-wide type vote. */
    CONTEXT_VOTES("contextVotes"),
    /** A one-word "person" a full person name belongs to is a party or company ("Nathan Law of Demosisto"). */
    AFFILIATIONS("affiliations"),
    /** A surname or given name alone, of a person the article names in full, is that person. */
    NAME_PARTS("nameParts"),
    /** "Greek" + "Orthodox Church", "Internet Explorer" + "6": heads and edition numbers join the name. */
    HEADS_AND_NUMBERS("headsAndNumbers"),
    /** Untagged repeats of names tagged elsewhere in the article, and untagged surnames of named people. */
    REPEATS("repeats"),
    /** Listed products the tagger left untagged. */
    PRODUCTS("products"),
    /** Nationality and group words the tagger left untagged. */
    NATIONALITIES("nationalities"),
    /** "IE6" after "Internet Explorer", "WHO" after "World Health Organization". */
    INITIALISMS("initialisms"),
    /** "#IStandWithNora" as MISC. */
    HASHTAGS("hashtags"),
    /** "the town of Yeoncheon": the noun before "of" says it is a place. */
    SETTLEMENTS("settlements"),
    /** An unknown all-capital word in running text is an organisation ("KCNA"). */
    ACRONYMS("acronyms"),
    /** "Douglas & Lomason", "C. Lewis", "Hong Kong Open", "Acme Inc.", "Elizabeth II". */
    ADJACENT_JOINS("adjacentJoins"),
    /** Brand names used as common nouns ("100 Polaroids") are no person. */
    BRAND_PLURALS("brandPlurals"),
    /** A name the gazetteer lists as a country or first-level division is never a person on its own. */
    PLACES_NOT_PERSONS("placesNotPersons");

    private static final Map<String, EntityPass> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toMap(p -> p.key.toLowerCase(Locale.ROOT), Function.identity()));

    private final String key;

    EntityPass(String key) {
        this.key = key;
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
