package dev.lede.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.annotation.Sentence;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The time analyzer's speed in CPU time of its own thread, warm, for a machine too busy for `lede bench` (whose
 * per-analyzer rate is wall time, so it measures the load as much as the analyzer). Run by scripts/time/cpu-bench.sh.
 * Each document is one sentence (the tense reader looks at most 12 pieces away, so this changes little); tokens are
 * counted as `lede bench` counts them, from the text analyzer's rate per character on the same files.
 */
public final class TimeCpuBench {
    public static void main(String[] args) throws Exception {
        double tokensPerChar = Double.parseDouble(args[0]);
        int rounds = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (int a = 2; a < args.length; a++) {
            for (String line : Files.readAllLines(Path.of(args[a]))) {
                JsonNode text = line.isBlank() ? null : json.readTree(line).get("text");
                if (text != null) {
                    texts.add(text.asText());
                }
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        TimeAnalyzer analyzer = new TimeAnalyzer(Lexicon.load(), TenseReader.load(), GrammarOptions.DEFAULTS);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LocalDate reference = LocalDate.of(2020, 5, 5);
        for (int round = 1; round <= rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            int found = 0;
            for (String t : texts) {
                found += analyzer.find(t, List.of(new Sentence(0, t.length(), 0, 0)), reference).size();
            }
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            System.out.printf("round %d: %d documents, %,d chars, %d times in %.3f s of CPU: %,.0f tokens/s%n", round,
                    texts.size(), chars, found, seconds, chars * tokensPerChar / seconds);
        }
    }
}
