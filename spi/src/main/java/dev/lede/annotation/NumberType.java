package dev.lede.annotation;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a numeric expression measures. */
public enum NumberType {
    CARDINAL, ORDINAL, PERCENT, MONEY, QUANTITY, DURATION, COUNT, AGE, TEMPERATURE;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
