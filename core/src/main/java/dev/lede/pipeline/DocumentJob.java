package dev.lede.pipeline;

import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;

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
    private final AnnotatedDocument annotated;
    private final List<AnalyzerError> errors = new ArrayList<>();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    final CompletableFuture<AnalysisResult> result = new CompletableFuture<>();
    private volatile Thread worker;
    private String running;
    private boolean finished;

    DocumentJob(Document document, List<Stage> stages) {
        this.document = document;
        this.stages = stages;
        this.annotated = new AnnotatedDocument(document);
    }

    @Override
    public void run() {
        worker = Thread.currentThread();
        try {
            for (Stage stage : stages) {
                AnnotatedDocument scratch;
                synchronized (this) {
                    if (finished) {
                        return;
                    }
                    running = stage.name();
                    scratch = annotated.scratch(stage.provides());
                }
                long t0 = System.nanoTime();
                Throwable failure = null;
                try {
                    stage.analyzer().analyze(scratch);
                } catch (Throwable e) {
                    // Any throwable, errors included (ExceptionInInitializerError, NoClassDefFoundError...): the
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
                    }
                }
            }
            finish(null);
        } finally {
            worker = null;
            Thread.interrupted(); // never leak an interrupt into the next job on this pool thread
        }
    }

    /** Called by the watchdog when the budget is spent. */
    void expire(long budgetMillis) {
        Thread t;
        synchronized (this) {
            if (finished) {
                return;
            }
            t = worker;
        }
        finish(new AnalyzerError(running == null ? "pipeline" : running,
                "time budget of " + budgetMillis + " ms per document exceeded"));
        if (t != null) {
            t.interrupt();
        }
    }

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
