package dev.lede.geo;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

/** The analyzer contract of the test kit (layers, offsets, threads, cancellation) for the {@code geo} analyzer. */
class GeoAnalyzerContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new GeoAnalyzerProvider();
    }
}
