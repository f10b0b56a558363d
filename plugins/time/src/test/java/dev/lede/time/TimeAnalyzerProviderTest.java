package dev.lede.time;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.document.Metadata;
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

class TimeAnalyzerProviderTest {
    /** Our own text in the shape of a syndicated story: a "date ... MENAFN -" header, a date and a duration. */
    private static final String STORY = " date 2025-04-15 MENAFN - (Harbour Post) On April 15, the port authority met "
            + "the ferry unions in Valletta.\n\n\u201cFor 35 days, the crews have been waiting for an answer,\u201d "
            + "the union leader said. The unions will meet again on Friday.";

    private static List<TimeExpression> times(Document doc) throws Exception {
        PipelineFactory factory = PipelineFactory.create();
        try (Pipeline pipeline = factory.build(PipelineOptions.of(List.of("time")))) {
            assertTrue(pipeline.analyzers().containsAll(List.of("text", "dateline")), pipeline.analyzers().toString());
            AnalysisResult r = pipeline.process(doc);
            return r.layer(TimeAnalyzerProvider.TIMES);
        }
    }

    @Test
    void isFoundByServiceLoaderWithItsLayers() {
        AnalyzerProvider p = AnalyzerRegistry.load().get("time");
        assertEquals(Set.of(Layers.SENTENCES, Layers.DATELINE), p.requires());
        assertEquals(Set.of(TimeAnalyzerProvider.TIMES), p.provides());
    }

    @Test
    void theDatelineDateIsTheReferenceWhenTheMetadataHasNone() throws Exception {
        List<TimeExpression> t = times(Document.of("story", STORY));
        Map<String, String> values = new java.util.LinkedHashMap<>();
        t.forEach(x -> values.put(x.text(), x.value()));
        assertEquals("2025-04-15", values.get("2025-04-15"));
        assertEquals("2025-04-15", values.get("April 15"));
        assertEquals("P35D", values.get("35 days"));
        assertEquals("2025-04-18", values.get("Friday"));
    }

    @Test
    void theMetadataDateWinsOverTheDateline() throws Exception {
        Metadata m = new Metadata(null, "2026-04-20", null, null, null, Map.of());
        List<TimeExpression> t = times(new Document("story", STORY, m));
        TimeExpression april = t.stream().filter(x -> x.text().equals("April 15")).findFirst().orElseThrow();
        assertEquals("2026-04-15", april.value());
    }
}
