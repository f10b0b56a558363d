package dev.lede.spark;

import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipelines of this JVM, one per {@link PipelineSpec}, built the first time a task asks for one and kept for the
 * life of the executor: models and gazetteers load once per executor, not per task or partition. Every task of the
 * executor submits its articles to the same pipeline, whose worker threads (one per core) do the analysis. Pipelines
 * over the same plugin jars come from one factory, so they share its models too (a job with other analyzers or
 * settings loads nothing twice).
 *
 * <p>Never closed: the worker threads are daemons, and an executor lives as long as its application.
 */
final class ExecutorPipelines {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipelines.class);
    private static final Map<PipelineSpec, Pipeline> PIPELINES = new ConcurrentHashMap<>();
    private static final Map<List<ShippedPlugin>, PipelineFactory> FACTORIES = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILT = new AtomicInteger();

    private ExecutorPipelines() {
    }

    /**
     * The pipeline for {@code spec}, built now if this JVM has none yet.
     *
     * @param onBuild run once, by the caller that built it (a task adds to the job's counter of pipelines built)
     */
    static Pipeline get(PipelineSpec spec, Runnable onBuild) {
        Pipeline existing = PIPELINES.get(spec);
        if (existing != null) {
            return existing;
        }
        boolean[] built = new boolean[1];
        // computeIfAbsent blocks the executor's other tasks until the one pipeline is ready, instead of each
        // loading its own copy of the models.
        Pipeline pipeline = PIPELINES.computeIfAbsent(spec, s -> {
            built[0] = true;
            return build(s);
        });
        if (built[0]) {
            onBuild.run();
        }
        return pipeline;
    }

    /**
     * Starts building the pipeline for {@code spec} on a background thread, so that tasks find it ready. A failure
     * is only logged: the first task builds it again and fails with the reason.
     *
     * @return completes with whether this call built the pipeline (false when it existed or failed)
     */
    static CompletableFuture<Boolean> warmUp(PipelineSpec spec) {
        CompletableFuture<Boolean> built = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            boolean[] mine = new boolean[1];
            try {
                get(spec, () -> mine[0] = true);
            } catch (RuntimeException e) {
                LOG.warn("Lede pipeline could not be built ahead of the tasks: {}", e.toString());
            }
            built.complete(mine[0]);
        }, "lede-warm-up");
        t.setDaemon(true);
        t.start();
        return built;
    }

    /** How many pipelines this JVM has built. */
    static int built() {
        return BUILT.get();
    }

    /** The factory over Lede's analyzers and these shipped plugins, made once per JVM. */
    static PipelineFactory factory(List<ShippedPlugin> plugins) {
        return FACTORIES.computeIfAbsent(plugins, PluginShipping::factory);
    }

    private static Pipeline build(PipelineSpec spec) {
        long t0 = System.nanoTime();
        Pipeline pipeline = factory(spec.plugins()).build(spec.options(Runtime.getRuntime().availableProcessors()));
        int n = BUILT.incrementAndGet();
        LOG.info("Lede pipeline {} built in {} ms with {} threads (pipelines built in this JVM: {})",
                pipeline.analyzers(), (System.nanoTime() - t0) / 1_000_000, pipeline.options().threads(), n);
        return pipeline;
    }
}
