package dev.lede.analyzer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The options set for one analyzer, as text, e.g. from {@code --set geo.demonyms=true}. The runtime has already
 * checked the keys and values against the analyzer's {@link AnalyzerProvider#options() declarations}; the typed
 * getters still give a clear error when a value does not parse (an analyzer created by hand in a test).
 */
public record AnalyzerConfig(Map<String, String> values) {
    public static final AnalyzerConfig EMPTY = new AnalyzerConfig(Map.of());

    public AnalyzerConfig {
        values = Map.copyOf(values);
    }

    /** The value as given, or {@code fallback} when the key is absent. */
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** @throws IllegalArgumentException naming the key when the value is not a whole number */
    public int getInt(String key, int fallback) {
        return parsed(key, fallback, Integer::parseInt, "a whole number");
    }

    /** @throws IllegalArgumentException naming the key when the value is not a number */
    public double getDouble(String key, double fallback) {
        return parsed(key, fallback, Double::parseDouble, "a number");
    }

    /** @throws IllegalArgumentException naming the key when the value is not a whole number */
    public long getLong(String key, long fallback) {
        return parsed(key, fallback, Long::parseLong, "a whole number");
    }

    /** @throws IllegalArgumentException naming the key when the value is neither {@code true} nor {@code false} */
    public boolean getBoolean(String key, boolean fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("option '" + key + "' wants true or false, got '" + v + "'");
        };
    }

    /** The comma-separated words of a list option, trimmed, empty ones dropped. */
    public List<String> getList(String key, List<String> fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        return Arrays.stream(v.split(",")).map(String::trim).filter(w -> !w.isEmpty()).toList();
    }

    private <T> T parsed(String key, T fallback, Function<String, T> parse, String wanted) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return parse.apply(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + key + "' wants " + wanted + ", got '" + v + "'");
        }
    }
}
