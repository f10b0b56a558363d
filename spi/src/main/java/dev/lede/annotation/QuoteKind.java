package dev.lede.annotation;

import com.fasterxml.jackson.annotation.JsonValue;

/** Direct ("..." in marks), mixed (reported speech with a quoted fragment) or indirect (reported speech). */
public enum QuoteKind {
    DIRECT, MIXED, INDIRECT;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
