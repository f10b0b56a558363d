package dev.lede.quote;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

/** The analyzer contract of the test kit (layers, offsets, threads, cancellation) for the {@code quote} analyzer. */
class QuoteAnalyzerContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new QuoteAnalyzerProvider();
    }
}
