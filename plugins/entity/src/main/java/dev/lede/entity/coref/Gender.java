package dev.lede.entity.coref;

/** Grammatical gender of a person as the text reveals it (first name, title, pronouns already resolved). */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Whether a pronoun of gender {@code pronoun} may refer to a person of this gender. */
    public boolean admits(Gender pronoun) {
        return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }
}
