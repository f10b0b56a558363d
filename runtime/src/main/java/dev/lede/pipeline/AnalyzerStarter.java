package dev.lede.pipeline;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerException;
import dev.lede.analyzer.AnalyzerProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Creates the analyzers of a pipeline, several at once when the machine has the cores. Creating an analyzer is where
 * its models and gazetteers load (most of a short run's time), and the analyzers' loads do not depend on each other:
 * a pipeline only orders how documents flow through them, so on two cores the entity model and the geo gazetteer load
 * side by side.
 */
final class AnalyzerStarter {
    private final int threads;

    /** @param threads how many analyzers may load at once; 1 loads them one after the other on the caller's thread */
    AnalyzerStarter(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** As many at once as the JVM has processors. */
    static AnalyzerStarter forThisMachine() {
        return new AnalyzerStarter(Runtime.getRuntime().availableProcessors());
    }

    /**
     * The analyzers of {@code plan}, in its order. When several fail, the first failing one in plan order is reported,
     * whatever finished first, so the message does not depend on timing.
     *
     * @throws AnalyzerException naming the analyzer that could not start
     */
    List<Analyzer> start(List<AnalyzerProvider> plan, Function<AnalyzerProvider, AnalyzerContext> contextFor) {
        if (threads == 1 || plan.size() < 2) {
            List<Analyzer> out = new ArrayList<>(plan.size());
            for (AnalyzerProvider p : plan) {
                out.add(create(p, contextFor));
            }
            return out;
        }
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, plan.size()), loaderThreads(caller));
        try {
            List<Future<Analyzer>> pending = new ArrayList<>(plan.size());
            for (AnalyzerProvider p : plan) {
                pending.add(pool.submit(() -> create(p, contextFor)));
            }
            List<Analyzer> out = new ArrayList<>(plan.size());
            for (Future<Analyzer> f : pending) {
                out.add(await(f));
            }
            return out;
        } finally {
            pool.shutdownNow(); // after a failure the others are not needed; a shared load already under way finishes
        }
    }

    private static Analyzer create(AnalyzerProvider p, Function<AnalyzerProvider, AnalyzerContext> contextFor) {
        try {
            return p.create(contextFor.apply(p));
        } catch (AnalyzerException e) {
            throw e;
        } catch (Exception e) {
            throw new AnalyzerException("analyzer '" + p.name() + "' could not start: " + DocumentJob.describe(e), e);
        }
    }

    private static Analyzer await(Future<Analyzer> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalyzerException("interrupted while the analyzers were starting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err; // e.g. an OutOfMemoryError while loading: as on the caller's own thread
            }
            throw new AnalyzerException("an analyzer could not start: " + DocumentJob.describe(cause), cause);
        }
    }

    // Daemon threads, so a load still running after a failure never keeps the process alive; they see the caller's
    // context class loader, as the load would on the caller's own thread.
    private static java.util.concurrent.ThreadFactory loaderThreads(ClassLoader contextLoader) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "lede-start-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(contextLoader);
            return t;
        };
    }
}
