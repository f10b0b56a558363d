package dev.lede.entity.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.entity.EntityAnalyzer;
import dev.lede.entity.EntityResources;
import dev.lede.json.LedeJson;
import dev.lede.text.TextAnalyzer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development tool: runs the text and entity analyzers over the documents of a gold JSONL file and writes
 * predictions in the same schema, for {@code score.py}. With {@code --bench N} it instead times N passes over
 * the documents on one thread and prints tokens per second.
 *
 * <pre>PredictGold GOLD.jsonl OUT.jsonl | PredictGold GOLD.jsonl --bench 20</pre>
 */
public final class PredictGold {
    private PredictGold() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = LedeJson.mapper();
        List<Document> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode d = json.readTree(line);
                    docs.add(Document.of(d.get("id").asText(), d.get("text").asText()));
                }
            }
        }
        long t0 = System.nanoTime();
        EntityResources resources = EntityResources.load();
        System.err.printf(Locale.ROOT, "loaded in %.2f s: %d features, %d gazetteer phrases%n",
                (System.nanoTime() - t0) / 1e9, resources.model().features(), resources.gazetteer().size());
        TextAnalyzer text = new TextAnalyzer();
        EntityAnalyzer entity = new EntityAnalyzer(resources);
        if (args.length > 2 && args[1].equals("--bench")) {
            int passes = Integer.parseInt(args[2]);
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int pass = 0; pass <= passes; pass++) {
                long start = System.nanoTime();
                long cpuStart = cpu.getCurrentThreadCpuTime();
                long textCpu = 0;
                long tokens = 0;
                for (Document d : docs) {
                    AnnotatedDocument doc = new AnnotatedDocument(d);
                    long t = cpu.getCurrentThreadCpuTime();
                    text.analyze(doc);
                    textCpu += cpu.getCurrentThreadCpuTime() - t;
                    entity.analyze(doc);
                    tokens += doc.layer(Layers.TOKENS).size();
                }
                double secs = (System.nanoTime() - start) / 1e9;
                double cpuSecs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                System.err.printf(Locale.ROOT, "pass %d: %d tokens, wall %.3f s = %.0f tokens/s; thread CPU %.3f s = "
                                + "%.0f tokens/s (text %.0f%%)%n", pass, tokens, secs, tokens / secs, cpuSecs,
                        tokens / cpuSecs, 100 * textCpu / 1e9 / cpuSecs);
            }
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.err.printf(Locale.ROOT, "heap used after GC: %.1f MB%n",
                    (rt.totalMemory() - rt.freeMemory()) / 1e6);
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Document d : docs) {
                AnnotatedDocument doc = new AnnotatedDocument(d);
                text.analyze(doc);
                entity.analyze(doc);
                ObjectNode out = json.createObjectNode();
                out.put("id", d.id());
                out.set("entities", json.valueToTree(doc.layer(Layers.ENTITIES)));
                w.write(json.writeValueAsString(out));
                w.write('\n');
            }
        }
    }
}
