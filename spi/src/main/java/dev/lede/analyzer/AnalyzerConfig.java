package dev.lede.analyzer;

import java.util.Map;
import java.util.function.Function;

/**
 * String options for one analyzer, e.g. from {@code --set geo.minConfidence=0.3}. Typed getters give a clear error
 * when a value does not parse.
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

    /** {@code true} (any case) is true; any other value is false, as {@link Boolean#parseBoolean} reads it. */
    public boolean getBoolean(String key, boolean fallback) {
        String v = values.get(key);
        return v == null ? fallback : Boolean.parseBoolean(v.trim());
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
