package dev.lede.testkit;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.annotation.Token;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract test fails the analyzers it is meant to catch (its checks are called directly here). */
class ContractCatchesTest {
    static final LayerKey<String> NOTES = LayerKey.of("notes", String.class);
    static final LayerKey<Token> ECHO = LayerKey.of("echo", Token.class);

    private static AnalyzerProvider provider(String name, LayerKey<?> layer, Analyzer analyzer) {
        return new AnalyzerProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<LayerKey<?>> requires() {
                return Set.of(Layers.TOKENS);
            }

            @Override
            public Set<LayerKey<?>> provides() {
                return Set.of(layer);
            }

            @Override
            public Analyzer create(AnalyzerContext context) {
                return analyzer;
            }
        };
    }

    private static AnalyzerContractTest contract(AnalyzerProvider p) {
        return new AnalyzerContractTest() {
            @Override
            protected AnalyzerProvider provider() {
                return p;
            }
        };
    }

    @Test
    void aDeclaredLayerNeverWrittenFails() {
        AnalyzerContractTest c = contract(provider("silent", NOTES, doc -> { }));
        AssertionError e = assertThrows(AssertionError.class,
                c::writesEveryDeclaredLayerOnTheSampleTextsWithOffsetsInsideTheText);
        assertTrue(e.getMessage().contains("declared layer 'notes' was not written"), e.getMessage());
    }

    @Test
    void anOffsetThatSplitsASurrogatePairFails() {
        // one token per emoji, ending after its first half
        AnalyzerContractTest c = contract(provider("halves", ECHO, doc -> doc.put(ECHO, doc.text().isEmpty()
                ? List.of() : List.of(new Token(0, Math.min(1, doc.text().length()), Token.Kind.WORD)))));
        AssertionError e = assertThrows(AssertionError.class, c::copesWithRandomTextOnSeveralThreads);
        assertTrue(e.getMessage().contains("splits a surrogate pair"), e.getMessage());
    }

    @Test
    void quadraticCostFails() {
        // for every token, a look at every token: the classic slip of a per-document scan inside a per-token loop
        AnalyzerContractTest c = contract(provider("quadratic", NOTES, doc -> {
            List<Token> tokens = doc.layer(Layers.TOKENS);
            long same = 0;
            for (Token a : tokens) {
                for (Token b : tokens) {
                    same += a.end() - a.start() == b.end() - b.start() ? 1 : 0;
                }
            }
            doc.put(NOTES, List.of(Long.toString(same)));
        }));
        AssertionError e = assertThrows(AssertionError.class, c::costGrowsNoFasterThanTheText);
        assertTrue(e.getMessage().contains("times as long"), e.getMessage());
    }

    @Test
    void aLinearAnalyzerPasses() throws Exception {
        contract(provider("linear", NOTES, doc -> doc.put(NOTES, List.of(Integer.toString(
                doc.layer(Layers.TOKENS).size()))))).costGrowsNoFasterThanTheText();
    }
}
