package dev.lede.entity;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

/** The entity analyzer keeps the contract of the test kit: layers, offsets, random text, threads, linear cost. */
class EntityContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new EntityAnalyzerProvider();
    }
}
