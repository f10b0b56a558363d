package dev.lede.input;

/**
 * Limits of {@link DocumentReader}.
 *
 * @param maxBytes the largest document accepted, in bytes: a text or HTML file, a JSON file, or one JSON Lines
 *                 line; anything larger becomes a failed input naming the limit
 */
public record ReaderOptions(long maxBytes) {
    /** 10 MB per document. */
    public static final ReaderOptions DEFAULT = new ReaderOptions(10L * 1024 * 1024);

    public ReaderOptions {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 16)
                    + ", got " + maxBytes);
        }
    }
}
