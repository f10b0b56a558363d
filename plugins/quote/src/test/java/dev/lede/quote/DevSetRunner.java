package dev.lede.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.analyzer.Analyzer;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.json.ResultWriter;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.text.TextAnalyzer;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Throwaway evaluation runner (test scope, not a test): runs text + quote (+ any extra analyzers given by class
 * name, e.g. the entity analyzer once it exists) over a gold JSONL and writes predictions as JSONL for
 * {@code score.py}. Usage: {@code DevSetRunner GOLD.jsonl PRED.jsonl}.
 */
public final class DevSetRunner {
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Analyzer text = new TextAnalyzer();
        Analyzer quote = new QuoteAnalyzerProvider().create(null);
        List<Analyzer> middle = EntityHook.analyzers();
        ResultWriter writer = new ResultWriter(false, Set.of("quotes", "entities"));
        long tText = 0, tMid = 0, tQuote = 0;
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode g = mapper.readTree(line);
                Document doc = Document.of(g.get("id").asText(), g.get("text").asText());
                AnnotatedDocument ad = null;
                for (int r = 0; r < repeat; r++) {
                    ad = new AnnotatedDocument(doc);
                    long t0 = System.nanoTime();
                    text.analyze(ad);
                    long t1 = System.nanoTime();
                    for (Analyzer a : middle) {
                        a.analyze(ad);
                    }
                    long t2 = System.nanoTime();
                    quote.analyze(ad);
                    long t3 = System.nanoTime();
                    tText += t1 - t0;
                    tMid += t2 - t1;
                    tQuote += t3 - t2;
                }
                out.println(writer.toJson(new AnalysisResult(doc.id(), doc, ad.layers(), List.of(), Map.of())));
            }
        }
        System.err.printf("text %.1f ms, entity %.1f ms, quote %.1f ms%n", tText / 1e6, tMid / 1e6, tQuote / 1e6);
    }
}
