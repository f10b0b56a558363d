package dev.lede.cli;

import dev.lede.document.Document;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.pipeline.PipelineOptions;
import dev.lede.testkit.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document over its time budget stops using the CPU within a second of the budget: every analyzer checks for
 * cancellation often enough. Measured as the CPU time the pipeline's worker threads use after the answer came back
 * (at the budget), so a busy machine that is slow in wall-clock time does not change the verdict.
 */
class OverBudgetCpuTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    @Timeout(180)
    void everyAnalyzerReleasesItsCpuWithinOneSecondOfTheBudget() throws Exception {
        PipelineFactory factory = PipelineFactory.create();
        PipelineOptions options = PipelineOptions.of(factory.registry().names()).withThreads(1)
                .withTimeBudget(Duration.ofMillis(1000));
        try (Pipeline pipeline = factory.build(options)) {
            pipeline.process(Document.of("warm-up", "Officials in Lisbon said on Tuesday that 40 people came."));
            Document big = Document.of("big", TestDocuments.longArticle(80_000));

            AnalysisResult result = pipeline.process(big);
            long cpuAtBudget = workerCpuNanos();

            assertTrue(result.errors().stream().anyMatch(e -> e.message().contains("time budget")),
                    "the test document must exceed the budget: " + result.errors());
            long cpuWhenIdle = awaitIdleWorkers(Duration.ofSeconds(30));
            assertTrue(cpuWhenIdle >= 0, "the worker still computes 30 s after the budget:\n" + workerStacks());
            long afterBudgetMillis = TimeUnit.NANOSECONDS.toMillis(cpuWhenIdle - cpuAtBudget);
            System.out.printf("over-budget document: %s; worker CPU after the budget %d ms%n", result.errors(),
                    afterBudgetMillis);
            assertTrue(afterBudgetMillis < 1000, "the worker used " + afterBudgetMillis
                    + " ms of CPU after the budget (stopped by " + result.errors() + ")");
        }
    }

    // Waits until the worker threads' CPU time stops growing (less than 5 ms in 250 ms); -1 when it never does.
    private static long awaitIdleWorkers(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        long last = workerCpuNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(250);
            long now = workerCpuNanos();
            if (now - last < TimeUnit.MILLISECONDS.toNanos(5)) {
                return now;
            }
            last = now;
        }
        return -1;
    }

    private static long workerCpuNanos() {
        long total = 0;
        for (Thread t : workers()) {
            long cpu = THREADS.getThreadCpuTime(t.getId());
            total += Math.max(cpu, 0);
        }
        return total;
    }

    private static List<Thread> workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("lede-worker")).toList();
    }

    private static String workerStacks() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("lede-worker"))
                .map(e -> e.getKey().getName() + "\n  " + Arrays.stream(e.getValue()).limit(12)
                        .map(String::valueOf).collect(Collectors.joining("\n  ")))
                .collect(Collectors.joining("\n"));
    }
}
