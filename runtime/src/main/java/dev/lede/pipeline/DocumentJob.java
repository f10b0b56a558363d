package dev.lede.pipeline;

import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.LayerKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the stages over one document on a worker thread. If the time budget runs out first, {@link #expire} completes
 * the result with what was committed so far and an error for the running stage; a stage that finishes after that
 * commits nothing. The lock keeps the worker and the watchdog from both writing the result.
 */
final class DocumentJob implements Runnable {
    private final Document document;
    private final List<Stage> stages;
    private final InputLimits limits;
    private final AnnotatedDocument annotated;
    private final List<AnalyzerError> errors = new ArrayList<>();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    // layers that are missing because their analyzer failed (or was skipped), and the analyzer that failed first
    private final Map<LayerKey<?>, String> missing = new LinkedHashMap<>();
    final CompletableFuture<AnalysisResult> result = new CompletableFuture<>();
    private Thread worker;
    private String running;
    private boolean finished;

    DocumentJob(Document document, List<Stage> stages, InputLimits limits) {
        this.document = document;
        this.stages = stages;
        this.limits = limits;
        this.annotated = new AnnotatedDocument(document);
    }

    @Override
    public void run() {
        synchronized (this) {
            worker = Thread.currentThread();
        }
        try {
            String overLimit = null;
            boolean limitsChecked = false;
            for (Stage stage : stages) {
                AnnotatedDocument scratch;
                synchronized (this) {
                    if (finished) {
                        return;
                    }
                    String failed = failedDependency(stage);
                    if (failed != null) {
                        errors.add(AnalyzerError.skipped(stage.name(), failed));
                        stage.provides().forEach(layer -> missing.put(layer, failed));
                        continue;
                    }
                    running = stage.name();
                    scratch = annotated.scratch(stage.provides());
                }
                // The limits bound what reaches the analyzers that read the text layers; checked once, after the
                // stages that make those layers (which need no layer and cost time linear in the text).
                if (!stage.requires().isEmpty()) {
                    if (!limitsChecked) {
                        overLimit = limits.violation(scratch);
                        limitsChecked = true;
                    }
                    if (overLimit != null) {
                        synchronized (this) {
                            if (finished) {
                                return;
                            }
                            errors.add(new AnalyzerError(stage.name(), overLimit));
                        }
                        continue;
                    }
                }
                long t0 = System.nanoTime();
                Throwable failure = null;
                try {
                    stage.analyzer().analyze(scratch);
                } catch (Throwable e) {
                    // An out-of-memory error ends the process: its state is unknown from here on.
                    FatalErrors.haltIfFatal(e, "analyzer '" + stage.name() + "' on document '" + document.id() + "'");
                    // Any other throwable, errors included (StackOverflowError, ExceptionInInitializerError...): the
                    // document's result must always complete, or a batch waiting on it would hang.
                    failure = e;
                }
                long took = System.nanoTime() - t0;
                synchronized (this) {
                    if (finished) {
                        return;
                    }
                    nanos.put(stage.name(), took);
                    if (failure == null) {
                        annotated.commit(scratch);
                    } else {
                        errors.add(new AnalyzerError(stage.name(), describe(failure)));
                        stage.provides().forEach(layer -> missing.put(layer, stage.name()));
                    }
                }
            }
            finish(null);
        } finally {
            // Safety net: if anything above threw past the stage handler, the result would otherwise never
            // complete (the watchdog is cancelled when run() returns) and the batch would wait forever.
            finish(new AnalyzerError(runningStage(), "the pipeline stopped unexpectedly on this document"));
            synchronized (this) {
                worker = null; // from now on expire() cannot interrupt this thread...
            }
            Thread.interrupted(); // ...and an interrupt it sent before is cleared, so none leaks into the next job
        }
    }

    // The analyzer that failed first among those whose layers this stage needs, directly or through a skipped one.
    private String failedDependency(Stage stage) {
        for (Map.Entry<LayerKey<?>, String> e : missing.entrySet()) {
            if (stage.requires().contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Called by the watchdog when the budget is spent. */
    void expire(long budgetMillis) {
        synchronized (this) {
            if (finished) {
                return;
            }
            finish(new AnalyzerError(runningStage(), "time budget of " + budgetMillis + " ms per document exceeded"));
            // Interrupted under the lock: run() clears 'worker' under it too before taking the next job, so the
            // interrupt can only reach the thread while it still works on this document.
            if (worker != null) {
                worker.interrupt();
            }
        }
    }

    /** Completes the result with an error when the job cannot run at all (the pipeline closed first). */
    void abandon(String reason) {
        finish(new AnalyzerError("pipeline", reason));
    }

    /** The stage on the worker now, or "pipeline" before the first starts. */
    private synchronized String runningStage() {
        return running == null ? "pipeline" : running;
    }

    /** Completes the result once; later calls (a late stage, the safety net) do nothing. */
    private synchronized void finish(AnalyzerError extra) {
        if (finished) {
            return;
        }
        finished = true;
        if (extra != null) {
            errors.add(extra);
        }
        result.complete(new AnalysisResult(document.id(), document, annotated.layers(), errors, nanos));
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
    }
}
