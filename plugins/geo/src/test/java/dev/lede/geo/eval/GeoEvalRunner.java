package dev.lede.geo.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.AnalyzerRegistry;
import dev.lede.document.Document;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;
import dev.lede.document.Metadata;
import dev.lede.json.LedeJson;
import dev.lede.json.ResultWriter;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.LedeModule;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.pipeline.PipelineOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args[0]);
        Path pred = Path.of(args[1]);
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            options.put(kv[0], kv[1]);
        }
        List<Document> docs = readDocuments(gold);
        long t0 = System.nanoTime();
        try (Pipeline pipeline = pipeline(options); Writer w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
            System.err.printf("pipeline %s built in %d ms%n", pipeline.analyzers(), (System.nanoTime() - t0) / 1_000_000);
            ResultWriter writer = new ResultWriter(false, Set.of("places", "focus", "entities"));
            ObjectMapper mapper = LedeJson.mapper();
            long t1 = System.nanoTime();
            for (AnalysisResult r : pipeline.processAll(docs)) {
                if (!r.errors().isEmpty()) {
                    System.err.println(r.id() + ": " + r.errors());
                }
                JsonGenerator g = mapper.getFactory().createGenerator(w);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                writer.write(r, g);
                g.flush();
                w.write('\n');
            }
            System.err.printf("%d documents in %d ms%n", docs.size(), (System.nanoTime() - t1) / 1_000_000);
        }
    }

    /** text + geo, with entity when a provider of entities is installed, else an empty entity layer. */
    static Pipeline pipeline(Map<String, String> geoOptions) {
        AnalyzerRegistry installed = AnalyzerRegistry.load();
        List<AnalyzerProvider> providers = new ArrayList<>(installed.providers());
        if (installed.providerOf(Layers.ENTITIES).isEmpty()) {
            providers.add(new NoEntities());
        }
        AnalyzerRegistry registry = AnalyzerRegistry.of(providers);
        PipelineFactory factory = Guice.createInjector(new LedeModule(registry)).getInstance(PipelineFactory.class);
        return factory.build(PipelineOptions.of(List.of("geo")).withThreads(1)
                .withConfigs(Map.of("geo", new AnalyzerConfig(geoOptions))));
    }

    /** text + entity (or the empty stand-in): the layers geo reads, for tools that run geo's parts themselves. */
    public static Pipeline textAndEntities() {
        AnalyzerRegistry installed = AnalyzerRegistry.load();
        List<AnalyzerProvider> providers = new ArrayList<>(installed.providers());
        if (installed.providerOf(Layers.ENTITIES).isEmpty()) {
            providers.add(new NoEntities());
        }
        AnalyzerRegistry registry = AnalyzerRegistry.of(providers);
        String entities = registry.providerOf(Layers.ENTITIES).orElseThrow().name();
        PipelineFactory factory = Guice.createInjector(new LedeModule(registry)).getInstance(PipelineFactory.class);
        return factory.build(PipelineOptions.of(List.of(entities)).withThreads(1));
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
