package dev.lede.geo;

import java.util.List;

/**
 * Many strings kept as one: their characters run together in a single {@code String}, and {@code starts[i]} is where
 * string {@code i} begins. Hundreds of thousands of gazetteer names then cost one object and an int each, instead of
 * a {@code String} and its array each, and load by one read (see {@link GazetteerImage}).
 */
final class StringPool {
    private final String chars;
    private final int[] starts;

    /** @param starts where each string begins in {@code chars}, then {@code chars.length()} */
    StringPool(String chars, int[] starts) {
        if (starts.length == 0 || starts[starts.length - 1] != chars.length()) {
            throw new IllegalArgumentException("the last start must be the length of the characters");
        }
        this.chars = chars;
        this.starts = starts;
    }

    static StringPool of(List<String> strings) {
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[strings.size() + 1];
        for (int i = 0; i < strings.size(); i++) {
            starts[i] = sb.length();
            sb.append(strings.get(i));
        }
        starts[strings.size()] = sb.length();
        return new StringPool(sb.toString(), starts);
    }

    int size() {
        return starts.length - 1;
    }

    String get(int i) {
        return chars.substring(starts[i], starts[i + 1]);
    }

    /** Whether string {@code i} is {@code s}, without making it. */
    boolean equalsAt(int i, String s) {
        int from = starts[i];
        return starts[i + 1] - from == s.length() && chars.regionMatches(from, s, 0, s.length());
    }

    String chars() {
        return chars;
    }

    int[] starts() {
        return starts;
    }
}
