package dev.lede.time;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

class TimeContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new TimeAnalyzerProvider();
    }
}
