package dev.lede.annotation;

import com.fasterxml.jackson.annotation.JsonValue;

/** A place the document is about, with a relevance score (higher is more central). */
public record FocusPlace(Level level, long geonameId, String name, String countryCode, double score) {

    public enum Level {
        COUNTRY, CITY;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
