package dev.lede.dateline;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

class DatelineContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new DatelineAnalyzerProvider();
    }
}
