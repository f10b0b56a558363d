package dev.lede.testkit;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.text.TextAnalyzerProvider;

/** The built-in text analyzer keeps the contract it asks of plugins. */
class TextAnalyzerContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new TextAnalyzerProvider();
    }
}
