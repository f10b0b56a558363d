package dev.lede.number;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.annotation.Token;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.json.LedeJson;
import dev.lede.text.TextAnalyzer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Throwaway benchmark (not a test): tokens per second of the number analyzer alone on one thread, text basics
 * excluded (documents are tokenised once beforehand). Usage: NumberBench FILE.jsonl|FILE.txt... [--seconds S]
 */
public final class NumberBench {

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = LedeJson.mapper();
        TextAnalyzer text = new TextAnalyzer();
        List<String> texts = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        double seconds = 10;
        for (int a = 0; a < args.length; a++) {
            if (args[a].equals("--seconds")) {
                seconds = Double.parseDouble(args[++a]);
                continue;
            }
            Path p = Path.of(args[a]);
            if (args[a].endsWith(".jsonl")) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        texts.add(mapper.readTree(line).get("text").asText());
                    }
                }
            } else {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        long tokenCount = 0;
        for (String t : texts) {
            AnnotatedDocument doc = new AnnotatedDocument(Document.of("b", t));
            text.analyze(doc);
            tokens.add(doc.layer(Layers.TOKENS));
            tokenCount += doc.layer(Layers.TOKENS).size();
        }
        NumberAnalyzer numbers = new NumberAnalyzer();
        run(numbers, texts, tokens, (long) (3e9));
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long rounds = 0;
        long found = 0;
        while (System.nanoTime() < deadline) {
            found += run(numbers, texts, tokens, 0);
            rounds++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // CPU time as well as wall time: on a shared machine the wall-clock figure mostly measures the other users
        System.out.printf("%d documents, %d tokens, %d rounds in %.1f s wall / %.1f s CPU: %.0f tokens/s wall, %.0f tokens/s"
                        + " CPU, %d numbers per round%n", texts.size(), tokenCount, rounds, elapsed, cpuSeconds,
                rounds * tokenCount / elapsed, rounds * tokenCount / cpuSeconds, found / Math.max(1, rounds));
    }

    private static long run(NumberAnalyzer numbers, List<String> texts, List<List<Token>> tokens, long warmupNanos) {
        long end = System.nanoTime() + warmupNanos;
        long found = 0;
        do {
            for (int i = 0; i < texts.size(); i++) {
                found += numbers.find(texts.get(i), tokens.get(i)).size();
            }
        } while (System.nanoTime() < end);
        return found;
    }
}
