package dev.lede.quote;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

/** The quote analyzer keeps the contract of the test kit: layers, offsets, random text, threads, linear cost. */
class QuoteContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new QuoteAnalyzerProvider();
    }
}
