package org.example.lede.exclaim;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.testkit.AnalyzerContractTest;

import java.util.List;

/**
 * Lede's contract for plugins: declared layers written, offsets inside the text, random and huge texts on several
 * threads, cost linear in the text.
 */
class ExclaimContractTest extends AnalyzerContractTest {
    @Override
    protected AnalyzerProvider provider() {
        return new ExclaimAnalyzerProvider();
    }

    @Override
    protected List<String> sampleTexts() {
        return List.of("Stop! The council voted on Tuesday. What a day!", "Nothing to shout about.", "");
    }
}
