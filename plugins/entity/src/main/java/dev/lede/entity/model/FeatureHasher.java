package dev.lede.entity.model;

/**
 * Hashes a feature (template number and string value) to 64 bits without building the feature string.
 * With 64 bits, collisions among the ~10^6 features of a model are negligible, so the model keeps exact
 * features at the memory cost of a hash.
 */
public final class FeatureHasher {
    private static final long PRIME = 0x100000001B3L;

    private FeatureHasher() {
    }

    public static long start(int template) {
        return (0xCBF29CE484222325L ^ template) * PRIME;
    }

    public static long add(long h, CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return (h ^ 0x1F) * PRIME;
    }

    /**
     * {@link #add(long, CharSequence)} of {@code s.toLowerCase(Locale.ROOT)} without making that string, for a word
     * of ASCII characters (almost every word of English news); any other word is lower-cased as a string, since
     * Unicode lower-casing can change the length or depend on the next letter.
     */
    public static long addLowerCase(long h, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return add(h, s.toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            h = (h ^ (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) * PRIME;
        }
        return (h ^ 0x1F) * PRIME;
    }

    public static long add(long h, int value) {
        return (h ^ (value + 0x3FL)) * PRIME;
    }

    /** Final mixing; never returns 0 (the empty marker of {@link LongIntMap}). */
    public static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** The hash of {@code s.subSequence(from, to)} without copying it. */
    public static long of(int template, CharSequence s, int from, int to) {
        long h = start(template);
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return finish((h ^ 0x1F) * PRIME);
    }

    public static long of(int template, CharSequence s) {
        return finish(add(start(template), s));
    }

    public static long of(int template, CharSequence a, CharSequence b) {
        return finish(add(add(start(template), a), b));
    }
}
