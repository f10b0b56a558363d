package dev.lede.number;

import dev.lede.analyzer.AnalyzerProvider;
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
}
