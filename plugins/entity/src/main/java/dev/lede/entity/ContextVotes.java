package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.List;

/**
 * The votes the words around one occurrence of a name add to the article-wide type vote: an appositive, a list
 * of people or an organisation's possessive for a person; an address or a locative for a place; a company noun
 * or a role for an organisation. The tagger reads two words either side; these contexts reach further and are
 * worth more than one tagged occurrence. Stateless, thread-safe.
 */
final class ContextVotes {
    /** Votes of a telling context: more than a single tagged occurrence, fewer than a consistent article. */
    static final int CUE_VOTES = 3;

    /** A vote for a type. */
    record Vote(EntityType type, int weight) {
    }

    private final PersonCues persons;
    private final PlaceCues places;
    private final OrganisationCues organisations;

    ContextVotes(Gazetteer gazetteer) {
        this.persons = new PersonCues(gazetteer);
        this.places = new PlaceCues(gazetteer);
        this.organisations = new OrganisationCues(gazetteer);
    }

    /**
     * The vote the context of name {@code k} gives a type other than the tagged one, or null.
     *
     * @param sorted the names of the article in text order
     */
    Vote vote(Words words, List<NameSpan> sorted, int k) {
        NameSpan s = sorted.get(k);
        EntityType tagged = s.type();
        if (tagged != EntityType.PERSON && tagged != EntityType.NORP && (persons.introducesPerson(words, s)
                || persons.listedWithPeople(words, sorted, k)
                || tagged != EntityType.ORGANIZATION && persons.possessedPerson(words, sorted, k)
                || tagged == EntityType.LOCATION && persons.givenNameAndSurname(words, s))) {
            return new Vote(EntityType.PERSON, CUE_VOTES);
        }
        if (tagged == EntityType.ORGANIZATION && places.inAddress(words, s)) {
            return new Vote(EntityType.LOCATION, CUE_VOTES);
        }
        if (tagged != EntityType.PERSON) {
            return null;
        }
        NameSpan next = k + 1 < sorted.size() ? sorted.get(k + 1) : null;
        int nextPerson = next != null && next.type() == EntityType.PERSON ? next.first() : -1;
        if (organisations.organisationContext(words, s, nextPerson)) {
            return new Vote(EntityType.ORGANIZATION, CUE_VOTES);
        }
        int locative = places.locativeVotes(words, s);
        return locative > 0 ? new Vote(EntityType.LOCATION, locative) : null;
    }
}
