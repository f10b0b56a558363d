package dev.lede.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.analyzer.Analyzer;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.json.ResultWriter;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.pipeline.PipelineOptions;
import dev.lede.text.TextAnalyzer;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Throwaway evaluation runner (test scope, not a test): runs text (+ entity with {@code -Dlede.entity=true}) +
 * quote over a gold JSONL and writes predictions as JSONL for {@code score.py}; prints the time per analyzer.
 * Usage: {@code DevSetRunner GOLD.jsonl PRED.jsonl [REPEAT]}.
 */
public final class DevSetRunner {
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<Document> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode g = mapper.readTree(line);
                    docs.add(Document.of(g.get("id").asText(), g.get("text").asText()));
                }
            }
        }
        ResultWriter writer = new ResultWriter(false, Set.of("quotes", "entities"));
        Map<String, Long> nanos = new LinkedHashMap<>();
        List<AnalysisResult> results = new ArrayList<>();
        if (Boolean.getBoolean("lede.entity")) {
            try (Pipeline pipeline = PipelineFactory.create().build(PipelineOptions.of(List.of("quote")).withThreads(1))) {
                for (int r = 0; r < repeat; r++) {
                    results.clear();
                    for (Document d : docs) {
                        AnalysisResult res = pipeline.process(d);
                        res.nanosByAnalyzer().forEach((k, v) -> nanos.merge(k, v, Long::sum));
                        if (r == repeat - 1 && Boolean.getBoolean("lede.slowest")) {
                            System.err.printf("%s chars %d quote %.2f ms entity %.2f ms%n", d.id(), d.text().length(),
                                    res.nanosByAnalyzer().getOrDefault("quote", 0L) / 1e6,
                                    res.nanosByAnalyzer().getOrDefault("entity", 0L) / 1e6);
                        }
                        if (!res.errors().isEmpty()) {
                            System.err.println(d.id() + ": " + res.errors());
                        }
                        results.add(res);
                    }
                }
            }
        } else {
            Analyzer text = new TextAnalyzer();
            Analyzer quote = new QuoteAnalyzerProvider().create(null);
            for (int r = 0; r < repeat; r++) {
                results.clear();
                for (Document d : docs) {
                    AnnotatedDocument ad = new AnnotatedDocument(d);
                    long t0 = System.nanoTime();
                    text.analyze(ad);
                    long t1 = System.nanoTime();
                    quote.analyze(ad);
                    long t2 = System.nanoTime();
                    if (r == repeat - 1 && Boolean.getBoolean("lede.slowest")) {
                        System.err.printf("%s chars %d quote %.2f ms%n", d.id(), d.text().length(), (t2 - t1) / 1e6);
                    }
                    nanos.merge("text", t1 - t0, Long::sum);
                    nanos.merge("quote", t2 - t1, Long::sum);
                    results.add(new AnalysisResult(d.id(), d, ad.layers(), List.of(), Map.of()));
                }
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (AnalysisResult res : results) {
                out.println(writer.toJson(res));
            }
        }
        StringBuilder times = new StringBuilder();
        nanos.forEach((k, v) -> times.append(String.format("%s %.1f ms  ", k, v / 1e6)));
        System.err.println(times);
    }
}
