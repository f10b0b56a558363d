package dev.lede.analyzer;

import dev.lede.document.AnnotatedDocument;

/**
 * Annotates one document. Reads the layers its provider {@linkplain AnalyzerProvider#requires() requires} and
 * {@linkplain AnnotatedDocument#put puts} the ones it provides.
 *
 * <p>An analyzer is created once per pipeline and called from many threads at once, so it must be thread-safe
 * (keep per-document state in local variables). It may throw: the pipeline records the error for this document and
 * keeps the layers of the other analyzers. Long loops should check {@link Thread#interrupted()} so that a document
 * over its time budget can be abandoned.
 */
@FunctionalInterface
public interface Analyzer {
    void analyze(AnnotatedDocument document) throws Exception;
}
