package dev.lede.entity;

import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text with no sentence ends (a table, a list, a page of quote marks) must cost what the same words cost in normal
 * sentences: the entity analyzer's time grows linearly with the length of one sentence. Compares 10,000 and 40,000
 * words of one sentence: linear cost is about 4 times as much, quadratic 16 times; the test fails above 8. Ratios,
 * not absolute times, so a slow machine does not fail it; thread CPU time, so other processes on a busy machine
 * do not either; each size is timed as the best of five runs taken in turns with the other, after three warm-up rounds of both (the
 * best of three after one warm-up each measured 9.3 once on an idle machine).
 */
class LinearTimeTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static EntityAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new EntityAnalyzer(EntityResources.load());
    }

    /** One sentence of {@code n} words: names, places, titles, numbers and function words, and no full stop. */
    static String oneSentence(int n, long seed) {
        String[] common = ("the minister said in and of that with from will meet officials on Monday people including "
                + "a group , ; : - talks 45 1,200 percent new old last year").split(" ");
        String[] names = {"John Smith", "Mary Jones", "Acme Corp", "the European Union", "Kenya", "Nairobi",
                "London", "the United Nations", "President Ruto", "Reuters", "NATO", "British", "Kelmar Dostrin",
                "Vasco Tereli", "Oruba Fields", "IRTC"};
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int words = 0;
        while (words < n) {
            String next = random.nextInt(4) == 0 ? names[random.nextInt(names.length)]
                    : common[random.nextInt(common.length)];
            sb.append(next).append(' ');
            words += next.split(" ").length;
        }
        return sb.toString();
    }

    private static long cpuNanos(String text) {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("long", text));
        new TextAnalyzer().analyze(doc);
        long start = CPU.getCurrentThreadCpuTime();
        analyzer.analyze(doc);
        return CPU.getCurrentThreadCpuTime() - start;
    }

    @Test
    void oneLongSentenceCostsLinearTime() {
        String small = oneSentence(10_000, 1);
        String large = oneSentence(40_000, 2);
        // both sizes warm up and are then timed in turns, so that a JIT recompilation in between (seen: 10,000
        // words in 40-150 ms of CPU from one run to the next) falls on both and the best of each compares like
        // with like
        for (int round = 0; round < 3; round++) {
            cpuNanos(small);
            cpuNanos(large);
        }
        long bestSmall = Long.MAX_VALUE;
        long bestLarge = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            bestSmall = Math.min(bestSmall, cpuNanos(small));
            bestLarge = Math.min(bestLarge, cpuNanos(large));
        }
        double ratio = (double) bestLarge / bestSmall;
        assertTrue(ratio < 8, "40,000 words cost " + String.format("%.1f", ratio)
                + " times what 10,000 cost (linear: about 4, quadratic: 16)");
    }
}
