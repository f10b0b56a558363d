package dev.lede.annotation;

import com.fasterxml.jackson.annotation.JsonValue;

/** A qualifier on a number: "about 20", "more than 20", "up to 20"... */
public enum Approx {
    ABOUT, NEARLY, MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST, UP_TO;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
