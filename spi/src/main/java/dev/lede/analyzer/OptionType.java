package dev.lede.analyzer;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;

/** The kinds of value an analyzer option takes, and how a value given as text is checked. */
public enum OptionType {
    /** {@code true} or {@code false}, nothing else (a typo must not quietly mean false). */
    BOOLEAN("true or false"),
    /** A whole number that fits in a {@code long}. */
    INTEGER("a whole number"),
    /** A decimal number, e.g. {@code 0.25}. */
    DECIMAL("a number"),
    /** Any text. */
    STRING("any text"),
    /** One of the option's {@linkplain OptionSpec#choices() choices}. */
    CHOICE("one of the choices"),
    /** A comma-separated list of words. */
    LIST("a comma-separated list");

    private final String wanted;

    OptionType(String wanted) {
        this.wanted = wanted;
    }

    /** Lower-case name, as {@code lede analyzers} and the JSON show it. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code value} is a valid value of this type.
     *
     * @param choices the valid values of a {@link #CHOICE} option; ignored by the other types
     */
    public boolean accepts(String value, List<String> choices) {
        if (value == null) {
            return false;
        }
        return switch (this) {
            case BOOLEAN -> value.equals("true") || value.equals("false");
            case INTEGER -> parses(() -> Long.parseLong(value.trim()));
            case DECIMAL -> parses(() -> {
                if (!Double.isFinite(Double.parseDouble(value.trim()))) {
                    throw new NumberFormatException("not finite");
                }
            });
            case STRING, LIST -> true;
            case CHOICE -> choices.contains(value);
        };
    }

    /** What a valid value looks like, for error messages ("true or false", "one of: a, b"). */
    public String wanted(List<String> choices) {
        return this == CHOICE ? "one of: " + String.join(", ", choices) : wanted;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
