package dev.lede.geo;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

/** The geo analyzer keeps the contract of the test kit: layers, offsets, random text, threads, linear cost. */
class GeoContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new GeoAnalyzerProvider();
    }
}
