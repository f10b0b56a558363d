package dev.lede.pipeline;

/**
 * Why one analyzer (or the input reader, named "input") failed on one document, or why it was skipped: an analyzer
 * that needs a layer of one that failed is not run on a missing layer, whose emptiness would read as "nothing found".
 *
 * @param skipped true when the analyzer did not run because one it depends on failed; {@code message} says which
 */
public record AnalyzerError(String analyzer, String message, boolean skipped) {

    /** An analyzer that failed. */
    public AnalyzerError(String analyzer, String message) {
        this(analyzer, message, false);
    }

    /** An analyzer not run because {@code failed}, which it needs, failed on this document. */
    public static AnalyzerError skipped(String analyzer, String failed) {
        return new AnalyzerError(analyzer, "needs " + failed + ", which failed", true);
    }
}
