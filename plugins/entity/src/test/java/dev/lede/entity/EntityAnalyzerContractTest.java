package dev.lede.entity;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

/** The analyzer contract of the test kit (layers, offsets, threads, cancellation) for the {@code entity} analyzer. */
class EntityAnalyzerContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new EntityAnalyzerProvider();
    }
}
