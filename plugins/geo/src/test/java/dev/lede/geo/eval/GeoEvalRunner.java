package dev.lede.geo.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;
import dev.lede.document.Metadata;
import dev.lede.json.LedeJson;
import dev.lede.json.ResultWriter;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.AnalyzerError;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.testkit.TestContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Throwaway evaluation runner (until {@code lede eval} lands): runs text (+ entity when installed) + geo over gold
 * JSONL files and writes predictions for {@code score.py}.
 *
 * <pre>java -cp ... dev.lede.geo.eval.GeoEvalRunner GOLD.jsonl PRED.jsonl [key=value ...]</pre>
 */
public final class GeoEvalRunner {
    private GeoEvalRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[0]);
        Path pred = Path.of(args[1]);
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            options.put(kv[0], kv[1]);
        }
        List<Document> docs = readDocuments(gold);
        long t0 = System.nanoTime();
        List<Stage> stages = stages(options);
        System.err.printf("analyzers %s created in %d ms%n", stages.stream().map(Stage::name).toList(),
                (System.nanoTime() - t0) / 1_000_000);
        ResultWriter writer = new ResultWriter(false, Set.of("places", "focus", "entities"));
        ObjectMapper mapper = LedeJson.mapper();
        Map<String, Long> totals = new LinkedHashMap<>();
        try (Writer w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
            for (Document d : docs) {
                AnnotatedDocument doc = new AnnotatedDocument(d);
                List<AnalyzerError> errors = new ArrayList<>();
                Map<String, Long> nanos = new LinkedHashMap<>();
                for (Stage s : stages) {
                    long t = System.nanoTime();
                    try {
                        s.analyzer().analyze(doc);
                    } catch (Exception e) {
                        errors.add(new AnalyzerError(s.name(), e.toString()));
                        System.err.println(d.id() + ": " + s.name() + ": " + e);
                    }
                    nanos.put(s.name(), System.nanoTime() - t);
                    totals.merge(s.name(), System.nanoTime() - t, Long::sum);
                }
                JsonGenerator g = mapper.getFactory().createGenerator(w);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                writer.write(new AnalysisResult(d.id(), d, doc.layers(), errors, nanos), g);
                g.flush();
                w.write('\n');
            }
        }
        StringBuilder times = new StringBuilder();
        totals.forEach((k, v) -> times.append(k).append(' ').append(v / 1_000_000).append(" ms  "));
        System.err.printf("%d documents: %s%n", docs.size(), times);
    }

    private record Stage(String name, Analyzer analyzer) {
    }

    /**
     * The analyzers in order, run directly rather than through the pipeline (simpler to time per analyzer and
     * independent of the worker pool).
     */
    private static List<Stage> stages(Map<String, String> geoOptions) throws Exception {
        AnalyzerRegistry installed = AnalyzerRegistry.load();
        List<AnalyzerProvider> providers = new ArrayList<>(installed.providers());
        if (installed.providerOf(Layers.ENTITIES).isEmpty()) {
            providers.add(new NoEntities());
        }
        AnalyzerRegistry registry = AnalyzerRegistry.of(providers);
        List<Stage> out = new ArrayList<>();
        for (LayerKey<?> layer : List.of(Layers.TOKENS, Layers.ENTITIES, Layers.PLACES)) {
            AnalyzerProvider p = registry.providerOf(layer).orElseThrow();
            AnalyzerConfig config = p.name().equals("geo") ? new AnalyzerConfig(geoOptions) : AnalyzerConfig.EMPTY;
            out.add(new Stage(p.name(), p.create(new TestContext(config))));
        }
        return out;
    }

    /** Runs text and entity (or the empty stand-in) over a document: the layers geo reads. For the weight fitter. */
    public static AnnotatedDocument textAndEntities(Document d, List<Analyzer> before) throws Exception {
        AnnotatedDocument doc = new AnnotatedDocument(d);
        for (Analyzer a : before) {
            a.analyze(doc);
        }
        return doc;
    }

    /** The analyzers that run before geo (text, entity or its stand-in). */
    public static List<Analyzer> analyzersBeforeGeo() throws Exception {
        return stages(Map.of()).stream().filter(s -> !s.name().equals("geo")).map(Stage::analyzer).toList();
    }

    public static List<Document> readDocumentsPublic(Path jsonl) throws IOException {
        return readDocuments(jsonl);
    }

    static List<Document> readDocuments(Path jsonl) throws IOException {
        ObjectMapper mapper = LedeJson.mapper();
        List<Document> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                JsonNode m = n.path("metadata");
                Metadata md = new Metadata(text(m, "title"), text(m, "date"), text(m, "source"), text(m, "url"),
                        text(m, "language"), Map.of());
                docs.add(new Document(n.get("id").asText(), n.get("text").asText(), md));
            }
        }
        return docs;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Stands in for the entity analyzer until it is installed: an empty entity layer. */
    static final class NoEntities implements AnalyzerProvider {
        @Override
        public String name() {
            return "no-entities";
        }

        @Override
        public Set<LayerKey<?>> requires() {
            return Set.of(Layers.TOKENS);
        }

        @Override
        public Set<LayerKey<?>> provides() {
            return Set.of(Layers.ENTITIES);
        }

        @Override
        public dev.lede.analyzer.Analyzer create(dev.lede.analyzer.AnalyzerContext context) {
            return doc -> doc.put(Layers.ENTITIES, List.of());
        }
    }

}
