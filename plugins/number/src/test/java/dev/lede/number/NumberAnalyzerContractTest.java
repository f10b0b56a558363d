package dev.lede.number;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

/** The analyzer contract of the test kit (layers, offsets, threads, cancellation) for the {@code number} analyzer. */
class NumberAnalyzerContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new NumberAnalyzerProvider();
    }
}
