package dev.lede.annotation;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a mention refers to its entity: by name ("Zelensky"), description ("the President") or pronoun ("he"). */
public enum MentionKind {
    NAME, NOMINAL, PRONOUN;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
