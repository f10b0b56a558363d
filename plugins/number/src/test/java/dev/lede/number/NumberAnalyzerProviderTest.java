package dev.lede.number;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.OptionSpec;
import dev.lede.annotation.NumberMention;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.pipeline.PipelineOptions;
import dev.lede.plugin.AnalyzerRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberAnalyzerProviderTest {

    @Test
    void isFoundByServiceLoaderWithItsLayers() {
        AnalyzerProvider p = AnalyzerRegistry.load().get("number");
        assertEquals(Set.of(Layers.TOKENS), p.requires());
        assertEquals(Set.of(Layers.NUMBERS), p.provides());
    }

    @Test
    void runsInAPipelineAfterTheTextAnalyzer() throws Exception {
        PipelineFactory factory = PipelineFactory.create();
        try (Pipeline pipeline = factory.build(PipelineOptions.of(List.of("number")))) {
            assertTrue(pipeline.analyzers().contains("text"), pipeline.analyzers().toString());
            AnalysisResult r = pipeline.process(Document.of("d", "Nearly 50 countries sent aid worth $2bn."));
            List<NumberMention> numbers = r.layer(Layers.NUMBERS);
            assertEquals(List.of("Nearly 50 countries", "$2bn"), numbers.stream().map(NumberMention::text).toList());
        }
    }

    @Test
    void declaresEachRulePassAsAnOption() {
        AnalyzerProvider p = AnalyzerRegistry.load().get("number");
        assertEquals(List.of("nounPhraseCounts", "eventCounts", "unitsFromContext"),
                p.options().stream().map(OptionSpec::name).toList());
    }

    @Test
    void aRulePassSwitchedOffThroughTheOptionsIsOff() throws Exception {
        PipelineOptions options = PipelineOptions.of(List.of("number"))
                .withConfigs(Map.of("number", new AnalyzerConfig(Map.of("eventCounts", "false"))));
        String text = "They met twice and wrote 40 letters.";
        try (Pipeline pipeline = PipelineFactory.create().build(options)) {
            List<NumberMention> numbers = pipeline.process(Document.of("d", text)).layer(Layers.NUMBERS);
            assertEquals(List.of("40 letters"), numbers.stream().map(NumberMention::text).toList());
        }
        try (Pipeline pipeline = PipelineFactory.create().build(PipelineOptions.of(List.of("number")))) {
            List<NumberMention> numbers = pipeline.process(Document.of("d", text)).layer(Layers.NUMBERS);
            assertEquals(List.of("twice", "40 letters"), numbers.stream().map(NumberMention::text).toList());
        }
    }
}
