package dev.lede.pipeline;

import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerException;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.Document;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.plugin.AnalyzerRegistry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The chosen analyzers, created once and ordered by their requirements. Thread-safe: documents are analysed
 * concurrently on at most {@code threads} worker threads, each within the time budget; one analyzer failing on a
 * document costs only that analyzer's layers for that document.
 */
public final class Pipeline implements AutoCloseable {
    private final List<Stage> stages;
    private final PipelineOptions options;
    private final JobRunner runner;

    private Pipeline(List<Stage> stages, PipelineOptions options) {
        this.stages = List.copyOf(stages);
        this.options = options;
        this.runner = new JobRunner(options.threads(), options.timeBudget().toMillis());
    }

    /**
     * Builds a pipeline: resolves the names and their requirements, and creates each analyzer once.
     *
     * @param contextFor gives each provider its context (configuration, shared objects)
     * @throws AnalyzerException when a name is unknown, a requirement is missing or an analyzer cannot be created
     */
    public static Pipeline build(AnalyzerRegistry registry, PipelineOptions options,
                                 Function<AnalyzerProvider, AnalyzerContext> contextFor) {
        List<Stage> stages = new ArrayList<>();
        for (AnalyzerProvider p : AnalyzerPlan.resolve(registry, options.analyzers())) {
            try {
                stages.add(new Stage(p.name(), p.requires(), p.provides(), p.create(contextFor.apply(p))));
            } catch (AnalyzerException e) {
                throw e;
            } catch (Exception e) {
                throw new AnalyzerException("analyzer '" + p.name() + "' could not start: " + DocumentJob.describe(e),
                        e);
            }
        }
        return new Pipeline(stages, options);
    }

    /** Names of the analyzers in the order they run. */
    public List<String> analyzers() {
        return stages.stream().map(Stage::name).toList();
    }

    /** The options it was built with. */
    public PipelineOptions options() {
        return options;
    }

    /** Analyses one document, waiting for the result. */
    public AnalysisResult process(Document document) {
        return join(submit(document));
    }

    /**
     * Starts the analysis of one document; the future completes within about the time budget once a worker takes
     * it up.
     *
     * @throws java.util.concurrent.RejectedExecutionException after {@link #close()}
     */
    public CompletableFuture<AnalysisResult> submit(Document document) {
        DocumentJob job = new DocumentJob(document, stages, options.limits());
        runner.submit(job);
        return job.result;
    }

    /** Analyses the documents concurrently and returns the results in input order. */
    public List<AnalysisResult> processAll(List<Document> documents) {
        List<AnalysisResult> out = new ArrayList<>(documents.size());
        process(documents.stream().map(DocumentInput::of).iterator(), out::add);
        return out;
    }

    /**
     * Streams a batch: every input yields exactly one result, handed to {@code sink} in input order on the calling
     * thread. At most a few documents per thread are in flight, so memory stays flat on large batches.
     */
    public void process(Iterator<DocumentInput> inputs, Consumer<AnalysisResult> sink) {
        int window = options.threads() * 4;
        Queue<CompletableFuture<AnalysisResult>> inFlight = new ArrayDeque<>();
        while (inputs.hasNext()) {
            DocumentInput in = inputs.next();
            inFlight.add(in.ok() ? submit(in.document())
                    : CompletableFuture.completedFuture(AnalysisResult.failedInput(in.id(), in.error())));
            while (inFlight.size() >= window) {
                sink.accept(join(inFlight.remove()));
            }
        }
        while (!inFlight.isEmpty()) {
            sink.accept(join(inFlight.remove()));
        }
    }

    private static AnalysisResult join(CompletableFuture<AnalysisResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("pipeline failed", e.getCause());
        }
    }

    /** Stops the worker threads after the documents in flight are done (waiting at most a budget and a second). */
    @Override
    public void close() {
        runner.close();
    }
}
