package dev.lede.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.document.Document;
import dev.lede.document.LayerKey;
import dev.lede.json.LedeJson;
import dev.lede.json.ResultWriter;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.AnalyzerError;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.pipeline.PipelineOptions;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every installed analyzer on arbitrary text. Invariants: one result per document, no analyzer fails (an exception
 * in an analyzer is recorded as an error, which this target counts as a finding), every span lies inside the text,
 * and the result writes as JSON. Kept findings and seeds: {@code src/test/resources/dev/lede/fuzz/PipelineFuzzTestInputs}.
 */
class PipelineFuzzTest {
    private static Pipeline pipeline;

    private static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            PipelineFactory factory = PipelineFactory.create();
            pipeline = factory.build(PipelineOptions.of(factory.registry().names()).withThreads(1)
                    .withTimeBudget(Duration.ofSeconds(20)));
        }
        return pipeline;
    }

    @FuzzTest(maxDuration = "10s")
    void wholePipeline(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<AnalysisResult> results = pipeline().processAll(List.of(Document.of("fuzz", text)));
        assertEquals(1, results.size(), "one result per document");
        AnalysisResult result = results.get(0);
        for (AnalyzerError e : result.errors()) {
            if (!e.message().startsWith("input too large")) {
                fail("analyzer '" + e.analyzer() + "' failed: " + e.message());
            }
        }
        for (Map.Entry<LayerKey<?>, List<?>> layer : result.layers().entrySet()) {
            checkSpans(LedeJson.mapper().valueToTree(layer.getValue()), text.length(), layer.getKey().name());
        }
        String json = new ResultWriter(true, null).toJson(result);
        assertTrue(json.startsWith("{\"schema\":1"), json);
    }

    // Every object with numeric start and end, at any depth, must be a span inside the text.
    private static void checkSpans(JsonNode node, int length, String where) {
        if (node.isObject()) {
            JsonNode s = node.get("start");
            JsonNode e = node.get("end");
            if (s != null && e != null && s.isNumber() && e.isNumber()) {
                int start = s.asInt();
                int end = e.asInt();
                assertTrue(0 <= start && start <= end && end <= length,
                        where + ": span [" + start + ", " + end + ") outside a text of length " + length);
            }
            node.fields().forEachRemaining(f -> checkSpans(f.getValue(), length, where + "." + f.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkSpans(node.get(i), length, where + "[" + i + "]");
            }
        }
    }
}
