package dev.lede.number;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

/** The number analyzer keeps the contract of the test kit: layers, offsets, random text, threads, linear cost. */
class NumberContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new NumberAnalyzerProvider();
    }
}
