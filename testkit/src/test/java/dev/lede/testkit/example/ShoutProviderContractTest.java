package dev.lede.testkit.example;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

/** The example plugin passes the analyzer contract; this is all a plugin's contract test needs. */
class ShoutProviderContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new ShoutProvider();
    }
}
