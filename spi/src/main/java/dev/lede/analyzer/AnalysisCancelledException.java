package dev.lede.analyzer;

import java.util.concurrent.CancellationException;

/** Thrown by {@link Cancellation#check()} when the document being analysed was cancelled (over its time budget). */
public final class AnalysisCancelledException extends CancellationException {
    public AnalysisCancelledException() {
        super("analysis cancelled");
    }
}
