package dev.lede.pipeline;

import dev.lede.analyzer.AnalyzerException;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.UnknownAnalyzerException;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.testkit.FakeProvider;
import dev.lede.testkit.example.ShoutProvider;
import dev.lede.text.TextAnalyzerProvider;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzerPlanTest {
    private static final LayerKey<String> A = LayerKey.of("alpha", String.class);
    private static final LayerKey<String> B = LayerKey.of("beta", String.class);
    private static final LayerKey<String> C = LayerKey.of("gamma", String.class);

    private static List<String> names(List<AnalyzerProvider> plan) {
        return plan.stream().map(AnalyzerProvider::name).toList();
    }

    @Test
    void choosingTheThirdPartyAnalyzerPullsInTextAndRunsItFirst() {
        List<AnalyzerProvider> plan = AnalyzerPlan.resolve(AnalyzerRegistry.load(), List.of("shout"));
        assertEquals(List.of("text", "shout"), names(plan));
    }

    @Test
    void aRequirementRunsOnceEvenWhenChosenTwice() {
        List<AnalyzerProvider> plan = AnalyzerPlan.resolve(AnalyzerRegistry.load(), List.of("shout", "text", " shout "));
        assertEquals(List.of("text", "shout"), names(plan));
    }

    @Test
    void providersAreSortedByTransitiveRequirements() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(
                FakeProvider.named("third").requires(B).provides(C),
                FakeProvider.named("second").requires(A).provides(B),
                FakeProvider.named("first").provides(A)));
        assertEquals(List.of("first", "second", "third"), names(AnalyzerPlan.resolve(registry, List.of("third"))));
    }

    @Test
    void independentRequirementsRunInTheOrderOfTheirLayerNames() {
        // requires() is a Set.of here, whose iteration order changes from one JVM to the next; the plan (and so the
        // order of the layers in every result) must not
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(
                FakeProvider.named("last").requires(C, A, B),
                FakeProvider.named("makes-gamma").provides(C),
                FakeProvider.named("makes-alpha").provides(A),
                FakeProvider.named("makes-beta").provides(B)));
        assertEquals(List.of("makes-alpha", "makes-beta", "makes-gamma", "last"),
                names(AnalyzerPlan.resolve(registry, List.of("last"))));
    }

    @Test
    void aMissingRequirementNamesTheLayerAndTheAnalyzer() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(new ShoutProvider()));
        AnalyzerException e = assertThrows(AnalyzerException.class,
                () -> AnalyzerPlan.resolve(registry, List.of("shout")));
        assertTrue(e.getMessage().contains("'shout'") && e.getMessage().contains("'" + Layers.TOKENS.name() + "'"),
                e.getMessage());
    }

    @Test
    void aCycleIsReportedWithItsMembers() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(
                FakeProvider.named("hen").requires(B).provides(A),
                FakeProvider.named("egg").requires(A).provides(B)));
        AnalyzerException e = assertThrows(AnalyzerException.class, () -> AnalyzerPlan.resolve(registry, List.of("hen")));
        assertTrue(e.getMessage().contains("cycle") && e.getMessage().contains("hen -> egg -> hen"), e.getMessage());
    }

    @Test
    void anUnknownNameListsTheAvailableAnalyzers() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(new TextAnalyzerProvider(), new ShoutProvider()));
        UnknownAnalyzerException e = assertThrows(UnknownAnalyzerException.class,
                () -> AnalyzerPlan.resolve(registry, List.of("text", "whisper")));
        assertEquals(List.of("shout", "text"), e.available());
    }

    @Test
    void choosingNothingListsTheAvailableAnalyzers() {
        AnalyzerRegistry registry = AnalyzerRegistry.of(List.of(new TextAnalyzerProvider(), new ShoutProvider()));
        AnalyzerException e = assertThrows(AnalyzerException.class, () -> AnalyzerPlan.resolve(registry, List.of()));
        assertTrue(e.getMessage().contains("shout, text"), e.getMessage());
    }
}
