package dev.lede.analyzer;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One option an analyzer declares in {@link AnalyzerProvider#options()}: set by users as
 * {@code --set analyzer.name=value} (and, when {@link #perRequest()}, by HTTP clients as
 * {@code ?set=analyzer.name=value}). The runtime rejects keys an analyzer does not declare and values that do not
 * fit the type, naming the valid ones, before the analyzer is created.
 *
 * <pre>{@code
 * OptionSpec.bool("demonyms", false, "report demonyms as places").allowPerRequest()
 * OptionSpec.choice("mode", "fast", "speed or accuracy", "fast", "accurate")
 * }</pre>
 *
 * @param name         {@code [a-zA-Z][a-zA-Z0-9]*}, unique within the analyzer
 * @param type         the kind of value
 * @param defaultValue the value the analyzer uses when none is set, as text; must itself be valid
 * @param description  one line for {@code lede analyzers}
 * @param perRequest   whether a single request may set it: true only when the analyzer reads the option in
 *                     {@link AnalyzerProvider#create} and nothing shared depends on it, so a pipeline built with
 *                     another value costs no more than creating the analyzer again
 * @param choices      the valid values of a {@link OptionType#CHOICE} option, empty for the other types
 */
public record OptionSpec(String name, OptionType type, String defaultValue, String description, boolean perRequest,
                         List<String> choices) {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("option name must match " + NAME + ": " + name);
        }
        if (type == OptionType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice option '" + name + "' lists no choices");
        }
        if (defaultValue != null && !type.accepts(defaultValue, choices)) {
            throw new IllegalArgumentException("default '" + defaultValue + "' of option '" + name + "' is not "
                    + type.wanted(choices));
        }
    }

    /** A true/false option. */
    public static OptionSpec bool(String name, boolean defaultValue, String description) {
        return new OptionSpec(name, OptionType.BOOLEAN, Boolean.toString(defaultValue), description, false, List.of());
    }

    /** A whole-number option. */
    public static OptionSpec integer(String name, long defaultValue, String description) {
        return new OptionSpec(name, OptionType.INTEGER, Long.toString(defaultValue), description, false, List.of());
    }

    /** A decimal-number option. */
    public static OptionSpec decimal(String name, double defaultValue, String description) {
        return new OptionSpec(name, OptionType.DECIMAL, Double.toString(defaultValue), description, false,
                List.of());
    }

    /** A free-text option; {@code defaultValue} may be null for "not set". */
    public static OptionSpec string(String name, String defaultValue, String description) {
        return new OptionSpec(name, OptionType.STRING, defaultValue, description, false, List.of());
    }

    /** An option whose value is one of {@code choices}. */
    public static OptionSpec choice(String name, String defaultValue, String description, String... choices) {
        return new OptionSpec(name, OptionType.CHOICE, defaultValue, description, false, List.of(choices));
    }

    /** A comma-separated list option; {@code defaultValue} is the list as written, e.g. {@code "a,b"}. */
    public static OptionSpec list(String name, String defaultValue, String description) {
        return new OptionSpec(name, OptionType.LIST, defaultValue, description, false, List.of());
    }

    /** The same option, marked safe to set per request. */
    public OptionSpec allowPerRequest() {
        return new OptionSpec(name, type, defaultValue, description, true, choices);
    }

    /** Whether {@code value} is valid for this option. */
    public boolean accepts(String value) {
        return type.accepts(value, choices);
    }

    /** What a valid value looks like, for error messages. */
    public String wanted() {
        return type.wanted(choices);
    }
}
