package dev.lede.cli;

import dev.lede.pipeline.AnalysisResult;

/** Where {@code lede extract} writes each result, in input order; closing finishes the output. */
interface ResultSink extends AutoCloseable {
    void accept(AnalysisResult result);

    @Override
    void close();
}
