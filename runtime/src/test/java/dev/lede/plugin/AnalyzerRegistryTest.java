package dev.lede.plugin;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerException;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.UnknownAnalyzerException;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;
import dev.lede.testkit.FakeProvider;
import dev.lede.testkit.example.ShoutProvider;
import dev.lede.text.TextAnalyzerProvider;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzerRegistryTest {
    private static final LayerKey<String> ALPHA = LayerKey.of("alpha", String.class);

    @Test
    void serviceLoaderFindsTheBuiltInAndTheThirdPartyAnalyzer() {
        AnalyzerRegistry registry = AnalyzerRegistry.load();
        assertTrue(registry.names().containsAll(List.of("shout", "text")), registry.names().toString());
        assertInstanceOf(ShoutProvider.class, registry.get("shout"));
        assertEquals("shout", registry.providerOf(ShoutProvider.SHOUTS).orElseThrow().name());
        assertEquals("text", registry.providerOf(Layers.TOKENS).orElseThrow().name());
    }

    @Test
    void aLayerNamedInTextFindsItsProvider() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(new TextAnalyzerProvider(), new ShoutProvider()));
        assertEquals("text", registry.providerOf("sentences").orElseThrow().name());
        assertEquals("shout", registry.providerOf(ShoutProvider.SHOUTS.name()).orElseThrow().name());
        assertTrue(registry.providerOf("places").isEmpty());
    }

    @Test
    void namesAreSorted() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(FakeProvider.named("zeta"), FakeProvider.named("alpha")));
        assertEquals(List.of("alpha", "zeta"), registry.names());
    }

    @Test
    void aDuplicateNameFailsNamingBothClasses() {
        AnalyzerProvider impostor = new ImpostorShout();
        AnalyzerException e = assertThrows(AnalyzerException.class,
                () -> AnalyzerRegistry.of(List.of(new ShoutProvider(), impostor)));
        assertTrue(e.getMessage().contains("'shout'"), e.getMessage());
        assertTrue(e.getMessage().contains(ShoutProvider.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(ImpostorShout.class.getName()), e.getMessage());
    }

    @Test
    void anUnknownNameListsWhatExists() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(new TextAnalyzerProvider(), new ShoutProvider()));
        UnknownAnalyzerException e = assertThrows(UnknownAnalyzerException.class, () -> registry.get("sentiment"));
        assertEquals("sentiment", e.name());
        assertEquals(List.of("shout", "text"), e.available());
        assertTrue(e.getMessage().contains("'sentiment'") && e.getMessage().contains("shout, text"), e.getMessage());
    }

    @Test
    void aBadNameFailsWithTheClassName() {
        AnalyzerException e = assertThrows(AnalyzerException.class,
                () -> AnalyzerRegistry.of(List.of(FakeProvider.named("Bad_Name"))));
        assertTrue(e.getMessage().contains("Bad_Name") && e.getMessage().contains(FakeProvider.class.getName()),
                e.getMessage());
    }

    @Test
    void twoProvidersOfOneLayerFailNamingBoth() {
        AnalyzerException e = assertThrows(AnalyzerException.class, () -> AnalyzerRegistry.of(List.of(
                FakeProvider.named("one").provides(ALPHA), FakeProvider.named("two").provides(ALPHA))));
        assertTrue(e.getMessage().contains("'alpha'") && e.getMessage().contains("'one'")
                && e.getMessage().contains("'two'"), e.getMessage());
    }

    /** Another plugin that chose the same name. */
    static final class ImpostorShout implements AnalyzerProvider {
        @Override
        public String name() {
            return "shout";
        }

        @Override
        public java.util.Set<LayerKey<?>> requires() {
            return java.util.Set.of();
        }

        @Override
        public java.util.Set<LayerKey<?>> provides() {
            return java.util.Set.of(LayerKey.of("loud", String.class));
        }

        @Override
        public Analyzer create(AnalyzerContext context) {
            return doc -> { };
        }
    }
}
