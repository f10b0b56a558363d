package dev.lede.pipeline;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerException;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.LayerKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzerStarterTest {
    private static final Analyzer NOTHING = doc -> { };

    @Test
    @Timeout(60) // a guard against a hang, not a speed check
    void twoAnalyzersLoadAtTheSameTime() {
        // Each load waits until the other has started: with one loading after the other this never completes.
        CountDownLatch bothLoading = new CountDownLatch(2);
        Callable<Analyzer> meetTheOther = () -> {
            bothLoading.countDown();
            assertTrue(bothLoading.await(30, TimeUnit.SECONDS), "the other analyzer did not start loading meanwhile");
            return NOTHING;
        };
        List<Analyzer> started = new AnalyzerStarter(2).start(
                List.of(provider("a", meetTheOther), provider("b", meetTheOther)), AnalyzerStarterTest::context);
        assertEquals(2, started.size());
    }

    @Test
    void analyzersComeBackInPlanOrderWhateverFinishesFirst() {
        CountDownLatch secondDone = new CountDownLatch(1);
        Analyzer first = doc -> { };
        Analyzer second = doc -> { };
        List<Analyzer> started = new AnalyzerStarter(2).start(List.of(
                provider("slow", () -> {
                    secondDone.await(30, TimeUnit.SECONDS);
                    return first;
                }),
                provider("quick", () -> {
                    secondDone.countDown();
                    return second;
                })), AnalyzerStarterTest::context);
        assertSame(first, started.get(0));
        assertSame(second, started.get(1));
    }

    @Test
    void theFirstFailureInPlanOrderIsReported() {
        CountDownLatch laterFailed = new CountDownLatch(1);
        AnalyzerException e = assertThrows(AnalyzerException.class, () -> new AnalyzerStarter(2).start(List.of(
                provider("early", () -> {
                    laterFailed.await(30, TimeUnit.SECONDS); // fails after the later one did
                    throw new java.io.FileNotFoundException("early-model.bin");
                }),
                provider("late", () -> {
                    laterFailed.countDown();
                    throw new IllegalStateException("late-model.bin");
                })), AnalyzerStarterTest::context));
        assertTrue(e.getMessage().contains("'early'") && e.getMessage().contains("early-model.bin"), e.getMessage());
    }

    @Test
    void oneThreadLoadsOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        new AnalyzerStarter(1).start(List.of(
                provider("a", () -> {
                    assertSame(caller, Thread.currentThread());
                    return NOTHING;
                }),
                provider("b", () -> {
                    assertSame(caller, Thread.currentThread());
                    return NOTHING;
                })), AnalyzerStarterTest::context);
    }

    private static AnalyzerContext context(AnalyzerProvider p) {
        return new AnalyzerContext() {
            @Override
            public AnalyzerConfig config() {
                return AnalyzerConfig.EMPTY;
            }

            @Override
            public <T> T shared(Class<T> type, Supplier<? extends T> loader) {
                return loader.get();
            }
        };
    }

    private static AnalyzerProvider provider(String name, Callable<Analyzer> create) {
        return new AnalyzerProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<LayerKey<?>> requires() {
                return Set.of();
            }

            @Override
            public Set<LayerKey<?>> provides() {
                return Set.of();
            }

            @Override
            public Analyzer create(AnalyzerContext context) throws Exception {
                return create.call();
            }
        };
    }
}
