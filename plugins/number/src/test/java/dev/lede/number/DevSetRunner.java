package dev.lede.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.json.LedeJson;
import dev.lede.json.ResultWriter;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.text.TextAnalyzer;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Development runner (not a test): reads a gold JSONL file, runs the text analyzer and the number analyzer over each
 * document's text and writes predictions as schema-1 JSONL for the reference scorer. {@code lede eval} now does the
 * same end to end; this stays for quick looks ({@code -e}) without building the command line jar.
 * Usage: DevSetRunner GOLD.jsonl PRED.jsonl, or DevSetRunner -e TEXT to print the numbers of one text.
 */
public final class DevSetRunner {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("-e")) {
            // quick look at one text: DevSetRunner -e "text"
            AnnotatedDocument doc = new AnnotatedDocument(Document.of("e", args[1]));
            new TextAnalyzer().analyze(doc);
            new NumberAnalyzer().analyze(doc);
            doc.layer(Layers.NUMBERS).forEach(System.out::println);
            return;
        }
        ObjectMapper mapper = LedeJson.mapper();
        ResultWriter writer = new ResultWriter(false, Set.of("numbers"));
        TextAnalyzer text = new TextAnalyzer();
        NumberAnalyzer numbers = new NumberAnalyzer();
        List<AnnotatedDocument> docs = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode g = mapper.readTree(line);
                AnnotatedDocument doc = new AnnotatedDocument(Document.of(g.get("id").asText(), g.get("text").asText()));
                text.analyze(doc);
                numbers.analyze(doc);
                docs.add(doc);
                AnalysisResult r = new AnalysisResult(doc.document().id(), doc.document(), doc.layers(), List.of(), Map.of());
                out.write(writer.toJson(r));
                out.newLine();
            }
        }
    }
}
