package dev.lede.analyzer;

/**
 * The cancellation check an analyzer calls in its long loops (once per sentence, per candidate, per pass), so that
 * a document over its time budget stops within a fraction of a second instead of keeping a core busy.
 *
 * <pre>{@code
 * for (Sentence s : doc.layer(Layers.SENTENCES)) {
 *     Cancellation.check();
 *     ...
 * }
 * }</pre>
 *
 * <p>The pipeline cancels a document by interrupting the thread analysing it; {@link #check()} turns that interrupt
 * into an {@link AnalysisCancelledException}, which unwinds the analyzer (its layers are then dropped, as for any
 * failure). The thread's interrupt status is left set, so every later check, and any blocking call, also stops; the
 * pipeline clears it before the thread takes its next document. A check costs one volatile read.
 */
public final class Cancellation {
    private Cancellation() {
    }

    /**
     * @throws AnalysisCancelledException when the document being analysed on this thread was cancelled
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new AnalysisCancelledException();
        }
    }

    /** Whether the document being analysed on this thread was cancelled, for loops that prefer to return early. */
    public static boolean cancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
