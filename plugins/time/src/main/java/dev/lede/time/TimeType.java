package dev.lede.time;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** TIMEX3's four types: a calendar date (or week, month, year...), a time of day, a duration, a recurring set. */
public enum TimeType {
    DATE, TIME, DURATION, SET;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
